<?php
/**
 * A shortcode per widget: `[ngo_event_list kind="offline" limit="5"]`,
 * `[ngo_newsletter_signup show_archive]`, ...
 *
 * @package NgoKit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the shortcodes. */
function ngo_kit_register_shortcodes() {
	foreach ( array_keys( ngo_kit_widgets() ) as $widget ) {
		add_shortcode(
			'ngo_' . str_replace( '-', '_', $widget ),
			static function ( $atts ) use ( $widget ) {
				return ngo_kit_render_widget( $widget, is_array( $atts ) ? $atts : array() );
			}
		);
	}
}
add_action( 'init', 'ngo_kit_register_shortcodes' );
