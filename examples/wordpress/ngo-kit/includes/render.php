<?php
/**
 * Turns a shortcode's or a block's attributes into a widget's markup. The
 * markup is produced here, when the page is rendered, so an author without
 * `unfiltered_html` (whose posts lose `<script>` and unknown tags) can still
 * place widgets: what they save is a shortcode or a block comment.
 *
 * @package NgoKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The markup of one widget, with the site's API address, key and language,
 * and the author's attributes that the widget accepts, each escaped.
 *
 * @param string $widget A name from {@see ngo_kit_widgets()}.
 * @param array  $atts   Attributes by name (`limit` or `show_archive`); a value-less flag comes with a numeric key.
 * @return string
 */
function ngo_kit_render_widget( $widget, $atts ) {
	$widgets = ngo_kit_widgets();
	if ( ! isset( $widgets[ $widget ] ) ) {
		return '';
	}
	$settings   = ngo_kit_settings();
	$attributes = array(
		'api'  => $settings['api'],
		'key'  => $settings['key'],
		'lang' => $settings['lang'],
	);
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// [ngo_newsletter_signup show_archive]: a flag without a value.
			$name  = (string) $value;
			$value = true;
		}
		$name = strtolower( str_replace( '_', '-', (string) $name ) );
		if ( ! in_array( $name, $widgets[ $widget ]['attributes'], true ) ) {
			continue;
		}
		if ( is_bool( $value ) ) {
			$attributes[ $name ] = $value;
			continue;
		}
		$attributes[ $name ] = is_scalar( $value ) ? (string) $value : '';
	}

	/**
	 * Filters the member token (`mt_...`) given to widgets that show a
	 * member's own data, e.g. from your own sign-in for the current user.
	 *
	 * @param string $token  Empty by default: the widget says how to sign in.
	 * @param string $widget The widget's name.
	 */
	$token = (string) apply_filters( 'ngo_kit_member_token', '', $widget );
	if ( '' !== $token ) {
		$attributes['member-token'] = $token;
	}

	ngo_kit_enqueue_widget( $widget );

	$html = '<ngo-' . $widget;
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) && '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '></ngo-' . $widget . '>';
}
