import { html } from 'lit';
import { DialogController } from '../shared/dialog/dialog-controller.js';
import { dialogStyles } from '../shared/dialog/dialog.styles.js';
import { NgoElement } from '../shared/ngo-element.js';
import { define } from '../shared/define.js';

/** A widget with a dialog, for tests of the dialog platform until a real widget has one. */
export class NgoTestDialog extends NgoElement {
  static override styles = [NgoElement.styles, dialogStyles];

  readonly dialog = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
  });

  protected override renderContent() {
    const close = this.localizer.messages.dialog.close;
    return html`
      <button part="open" class="button" type="button" @click=${() => this.dialog.open()}>open</button>
      <dialog part="dialog" aria-labelledby="title">
        <div class="dialog-header">
          <h2 id="title">details</h2>
          <button part="close" class="button secondary" type="button" @click=${() => this.dialog.close()}>${close}</button>
        </div>
        <p><a href="#first">first link</a></p>
        <label for="note">note</label>
        <input id="note" name="note" />
      </dialog>
    `;
  }
}

define('ngo-test-dialog', NgoTestDialog);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-test-dialog': NgoTestDialog;
  }
}
