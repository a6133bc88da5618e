import { CertificateListParamsEncoder, CertificatePageSchema } from '../validators/validators.js';
import type { RequestOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Certificate, CertificateListParams } from '../schemas/certificates.js';
import type { Page } from '../schemas/common.js';
import { path } from './path.js';
import { Resource } from './resource.js';

/**
 * The signed-in member's certificates of hours served: `client.certificates`.
 *
 * @example
 * ```ts
 * const { items } = await client.certificates.list();
 * const svg = await client.certificates.svg(items[0].id);
 * ```
 */
export class CertificatesResource extends Resource {
  /** One page of certificates, newest first. */
  list(params: CertificateListParams = {}, options: RequestOptions = {}): Promise<Page<Certificate>> {
    const query = { schema: CertificateListParamsEncoder, params };
    const response = CertificatePageSchema;
    return this.http.send({ method: 'GET', path: 'v1/me/certificates', query, response, credential: 'member', ...options });
  }

  /** Every certificate, page after page. */
  iterate(params: CertificateListParams = {}, options: RequestOptions = {}): AsyncGenerator<Certificate, void, undefined> {
    return iteratePages((page, pageOptions) => this.list(page, pageOptions), params, options);
  }

  /** One certificate as printable SVG text. */
  svg(id: string, options: RequestOptions = {}): Promise<string> {
    const call = { method: 'GET', path: path`v1/me/certificates/${id}.svg`, accept: 'image/svg+xml', credential: 'member' } as const;
    return this.http.sendText({ ...call, ...options });
  }
}
