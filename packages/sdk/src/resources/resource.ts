import type { Http } from '../http.js';

/** What every resource namespace holds: the client's transport. */
export abstract class Resource {
  /** @internal (`declare`: set in the constructor, so no field declaration is emitted.) */
  declare protected readonly http: Http;

  /** @internal Made by `createClient` or `createAdminClient`. */
  constructor(http: Http) {
    this.http = http;
  }
}
