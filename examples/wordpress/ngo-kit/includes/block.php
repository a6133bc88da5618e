<?php
/**
 * One block, "ngo-kit widget", rendered on the server: the author picks a
 * widget and sets its options in the block's sidebar; the page gets the same
 * markup as the widget's shortcode.
 *
 * @package NgoKit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block, and gives its editor script the list of widgets. */
function ngo_kit_register_block() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	register_block_type( dirname( __DIR__ ) . '/blocks/widget', array( 'render_callback' => 'ngo_kit_render_block' ) );
	wp_add_inline_script(
		'ngo-kit-widget-editor-script',
		'window.ngoKitWidgets = ' . wp_json_encode( ngo_kit_widgets() ) . ';',
		'before'
	);
}
add_action( 'init', 'ngo_kit_register_block' );

/**
 * Renders the block.
 *
 * @param array $block_attributes `widget` and `options` (attribute name => value).
 * @return string
 */
function ngo_kit_render_block( $block_attributes ) {
	$widget  = isset( $block_attributes['widget'] ) ? (string) $block_attributes['widget'] : '';
	$options = isset( $block_attributes['options'] ) && is_array( $block_attributes['options'] ) ? $block_attributes['options'] : array();
	$markup  = ngo_kit_render_widget( $widget, $options );
	return '' === $markup ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $markup . '</div>';
}
