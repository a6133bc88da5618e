import { expect } from '@open-wc/testing';
import { expectAccessible } from '../test-support/a11y.js';
import { startMockApi } from '../test-support/mock-api.js';
import { button, inPageApi, LENA, loaded, mountBadge, parts, text } from '../test-support/points-badge.js';
import { waitUntil } from '../test-support/wait.js';

describe('<ngo-points-badge> certificates', function () {
  // a whole widget of four lists, audited by axe: slow on a machine shared by many test runs
  this.timeout(20_000);
  /** Catches the download link the widget clicks, instead of letting the browser save the file. */
  function catchDownload(): Promise<HTMLAnchorElement> {
    return new Promise((resolve) => {
      const onClick = (event: Event) => {
        const target = event.composedPath()[0];
        if (!(target instanceof HTMLAnchorElement) || !target.download) return;
        event.preventDefault();
        document.removeEventListener('click', onClick, true);
        resolve(target);
      };
      document.addEventListener('click', onClick, true);
    });
  }

  it('downloads a certificate as an SVG file with a sensible name', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await loaded(badge);
    const certificates = parts(badge, 'certificate');
    expect(certificates.map((item) => text(item.querySelector('.row-text')!))).to.deep.equal([
      'Q3 2026 9 hours served · issued Oct 5, 2026',
      'Q2 2026 9 hours served · issued Jul 6, 2026',
      'Q1 2026 5.5 hours served · issued Apr 6, 2026',
    ]);

    const caught = catchDownload();
    button(certificates[0]!, 'download').click();
    const link = await caught;
    expect(link.download).to.equal('certificate-2026-Q3-lena-fischer.svg');
    expect(link.href).to.match(/^blob:/);
    const blob = await (await fetch(link.href)).blob();
    expect(blob.type).to.equal('image/svg+xml');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.documentElement.localName).to.equal('svg');
    expect(svg.documentElement.textContent).to.include('Lena Fischer');
    await waitUntil(() => text(parts(badge, 'download')[0]) === 'Download (SVG) Q3 2026', 'the button did not come back');
  });

  it('downloads a certificate whose name holds markup as text: escaped, and still well-formed XML', async () => {
    const name = 'Lena <b>"Fischer"</b> & Co';
    const { api, fetch } = inPageApi((data) => {
      for (const certificate of data.certificates) if (certificate.memberName === 'Lena Fischer') certificate.memberName = name;
    });
    const badge = await mountBadge({ api, fetch, token: LENA });
    await loaded(badge);

    const caught = catchDownload();
    button(parts(badge, 'certificate')[1]!, 'download').click();
    const link = await caught;
    expect(link.download).to.equal('certificate-2026-Q2-lena-b-fischer-b-co.svg');
    const source = await (await window.fetch(link.href)).text();
    expect(source).to.include('Lena &lt;b&gt;&quot;Fischer&quot;&lt;/b&gt; &amp; Co');
    expect(source).not.to.include('<b>');
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.getElementsByTagName('b')).to.have.length(0);
    expect([...svg.querySelectorAll('text')].map((line) => line.textContent)).to.include(name);
  });

  it('says why a download failed, next to its button', async () => {
    const api = await startMockApi();
    const badge = await mountBadge({ api: api.baseUrl, token: LENA });
    await loaded(badge);
    await api.setFaults({ failRate: 1 });
    button(parts(badge, 'certificate')[0]!, 'download').click();
    await waitUntil(() => parts(badge, 'certificate')[0]!.querySelector('[role="alert"]'), 'no error');
    expect(text(parts(badge, 'certificate')[0]!.querySelector('[role="alert"]')!)).to.include('problem on the server');
    await expectAccessible(badge, 'download failed');
  });
});
