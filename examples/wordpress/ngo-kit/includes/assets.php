<?php
/**
 * Loads a widget's script only on pages that show it: one ES module per
 * widget (they share their common chunks), enqueued when the widget is
 * rendered or, earlier, when the post's content names it, so that classic
 * themes get it in the head. WordPress 6.5+ has script modules; on 6.1-6.4
 * the same file is enqueued as a classic script printed with type="module".
 *
 * @package NgoKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Where the widgets' files are: the settings' address, else the copies in
 * this plugin's `assets/` folder.
 *
 * @return string A URL ending with `/`.
 */
function ngo_kit_script_base() {
	$settings = ngo_kit_settings();
	return '' !== $settings['script_base'] ? $settings['script_base'] : plugins_url( 'assets/', NGO_KIT_FILE );
}

/**
 * Enqueues the module of one widget, once.
 *
 * @param string $widget A name from {@see ngo_kit_widgets()}.
 */
function ngo_kit_enqueue_widget( $widget ) {
	static $enqueued = array();
	if ( isset( $enqueued[ $widget ] ) || ! array_key_exists( $widget, ngo_kit_widgets() ) ) {
		return;
	}
	$enqueued[ $widget ] = true;
	$handle              = 'ngo-kit-' . $widget;
	$src                 = ngo_kit_script_base() . $widget . '.min.js';
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( $handle, $src, array(), NGO_KIT_VERSION );
		return;
	}
	wp_enqueue_script( $handle, $src, array(), NGO_KIT_VERSION, true );
}

/**
 * On WordPress before 6.5, prints the widgets' classic script tags as modules.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function ngo_kit_module_tag( $tag, $handle, $src ) {
	if ( 0 !== strpos( $handle, 'ngo-kit-' ) ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( $handle ) . '-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'ngo_kit_module_tag', 10, 3 );

/**
 * The widgets a post's content names, by shortcode or block.
 *
 * @param string $content A post's content.
 * @return string[]
 */
function ngo_kit_widgets_in( $content ) {
	$found = array();
	foreach ( array_keys( ngo_kit_widgets() ) as $widget ) {
		$shortcode = 'ngo_' . str_replace( '-', '_', $widget );
		$block     = '"widget":"' . $widget . '"';
		if ( has_shortcode( $content, $shortcode ) || ( has_block( 'ngo-kit/widget', $content ) && false !== strpos( $content, $block ) ) ) {
			$found[] = $widget;
		}
	}
	return $found;
}

/** Enqueues, before the head is printed, the widgets the current post shows. */
function ngo_kit_enqueue_for_post() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_post();
	if ( ! $post ) {
		return;
	}
	foreach ( ngo_kit_widgets_in( (string) $post->post_content ) as $widget ) {
		ngo_kit_enqueue_widget( $widget );
	}
}
add_action( 'wp_enqueue_scripts', 'ngo_kit_enqueue_for_post' );
