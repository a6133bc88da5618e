<?php
/**
 * The editor script's dependencies, as WordPress reads them for block.json's `file:` scripts.
 *
 * @package NgoKit
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
	'version'      => '0.1.0',
);
