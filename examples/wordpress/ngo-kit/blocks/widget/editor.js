/**
 * The block's editor: choose a widget, set the options it accepts. Plain
 * script on WordPress's globals, so the plugin needs no build step. The page
 * itself is rendered on the server (see includes/block.php).
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl, Placeholder } = wp.components;
  const { __ } = wp.i18n;
  const widgets = window.ngoKitWidgets || {};
  const FLAGS = ['filters', 'no-structured-data', 'show-archive', 'show-amounts', 'privacy-new-tab'];

  registerBlockType('ngo-kit/widget', {
    edit({ attributes, setAttributes }) {
      const widget = widgets[attributes.widget] ? attributes.widget : Object.keys(widgets)[0];
      const options = attributes.options || {};
      const setOption = (name, value) => setAttributes({ options: { ...options, [name]: value } });
      const fields = (widgets[widget] ? widgets[widget].attributes : []).map((name) =>
        FLAGS.includes(name)
          ? el(ToggleControl, { key: name, label: name, checked: options[name] === true, onChange: (value) => setOption(name, value) })
          : el(TextControl, { key: name, label: name, value: options[name] || '', onChange: (value) => setOption(name, value) }),
      );
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Widget', 'ngo-kit') },
            el(SelectControl, {
              label: __('Show', 'ngo-kit'),
              value: widget,
              options: Object.entries(widgets).map(([value, info]) => ({ value, label: info.title })),
              onChange: (value) => setAttributes({ widget: value, options: {} }),
            }),
            fields,
          ),
        ),
        el(
          'div',
          useBlockProps(),
          el(Placeholder, {
            icon: 'groups',
            label: widgets[widget] ? widgets[widget].title : 'ngo-kit',
            instructions: __('Shown to visitors with your organisation’s live data. Set its options in the sidebar.', 'ngo-kit'),
          }),
        ),
      );
    },
    save: () => null,
  });
})(window.wp);
