import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../../test-support/a11y.js';
import { deepActiveElement, press, tab } from '../../test-support/keyboard.js';
import { mount } from '../../test-support/mount.js';
import '../../test-support/ngo-test-dialog.js';
import type { NgoTestDialog } from '../../test-support/ngo-test-dialog.js';

function part(element: NgoTestDialog, name: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

async function openWithKeyboard(lang = 'en') {
  const element = await mount<NgoTestDialog>(html`<ngo-test-dialog lang=${lang}></ngo-test-dialog>`);
  part(element, 'open').focus();
  await press('Enter');
  await element.updateComplete;
  return element;
}

describe('DialogController', () => {
  it('opens a modal native dialog and moves focus into it', async () => {
    const element = await openWithKeyboard();
    const dialog = part(element, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    expect(deepActiveElement()).to.equal(part(element, 'close'));
    expect(part(element, 'close').textContent).to.equal('Close');
    await expectAccessible(element, 'open dialog');
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const element = await openWithKeyboard();
    const dialog = part(element, 'dialog');
    const visited: Element[] = [];
    for (let i = 0; i < 7; i++) {
      await tab();
      visited.push(deepActiveElement()!);
    }
    for (let i = 0; i < 4; i++) {
      await tab(1, true);
      visited.push(deepActiveElement()!);
    }
    for (const element of visited) expect(dialog.contains(element), `focus left for ${element.outerHTML}`).to.be.true;
    expect(new Set(visited).size).to.equal(3);
  });

  it('closes on Escape and gives focus back to what opened it', async () => {
    const element = await openWithKeyboard('zh-CN');
    expect(part(element, 'close').textContent).to.equal('关闭');
    await press('Escape');
    expect((part(element, 'dialog') as HTMLDialogElement).open).to.be.false;
    expect(deepActiveElement()).to.equal(part(element, 'open'));
  });

  it('gives focus back when closed by its button', async () => {
    const element = await openWithKeyboard();
    await press('Enter');
    expect((part(element, 'dialog') as HTMLDialogElement).open).to.be.false;
    expect(deepActiveElement()).to.equal(part(element, 'open'));
  });
});
