<?php
/**
 * Runs the plugin outside WordPress for its tests: the WordPress functions it
 * calls are stubbed here, just enough to render shortcodes and blocks and to
 * record what gets enqueued. Reads a JSON job on stdin, writes JSON on stdout.
 *
 * Job: { "settings": {...}, "scriptModules": true|false, "content": "...",
 *        "render": [ { "shortcode": "ngo_event_list", "atts": {...} } | { "block": {...} } ],
 *        "sanitize": {...}|null, "memberToken": "" }
 *
 * @package NgoKit
 */

define( 'ABSPATH', __DIR__ );

$job = json_decode( stream_get_contents( STDIN ), true );

$GLOBALS['ngo_test'] = array(
	'options'    => array( 'ngo_kit_settings' => $job['settings'] ?? array() ),
	'shortcodes' => array(),
	'actions'    => array(),
	'filters'    => array(),
	'enqueued'   => array(),
	'errors'     => array(),
);

function add_action( $hook, $callback ) {
	$GLOBALS['ngo_test']['actions'][ $hook ][] = $callback;
}
function add_filter( $hook, $callback ) {
	$GLOBALS['ngo_test']['filters'][ $hook ][] = $callback;
}
function apply_filters( $hook, $value, ...$args ) {
	foreach ( $GLOBALS['ngo_test']['filters'][ $hook ] ?? array() as $callback ) {
		$value = $callback( $value, ...$args );
	}
	return $value;
}
function do_action( $hook ) {
	foreach ( $GLOBALS['ngo_test']['actions'][ $hook ] ?? array() as $callback ) {
		$callback();
	}
}
function add_shortcode( $tag, $callback ) {
	$GLOBALS['ngo_test']['shortcodes'][ $tag ] = $callback;
}
function has_shortcode( $content, $tag ) {
	return (bool) preg_match( '/\[' . preg_quote( $tag, '/' ) . '[\s\]]/', $content );
}
function has_block( $name, $content ) {
	return false !== strpos( $content, '<!-- wp:' . $name );
}
function get_option( $name, $default = false ) {
	return $GLOBALS['ngo_test']['options'][ $name ] ?? $default;
}
function esc_attr( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}
function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}
function esc_url( $url ) {
	return esc_attr( $url );
}
function esc_url_raw( $url, $protocols = array( 'https', 'http' ) ) {
	$scheme = strtolower( (string) parse_url( $url, PHP_URL_SCHEME ) );
	return in_array( $scheme, $protocols, true ) ? $url : '';
}
function trailingslashit( $text ) {
	return rtrim( $text, '/\\' ) . '/';
}
function __( $text ) {
	return $text;
}
function add_settings_error( $setting, $code, $message ) {
	$GLOBALS['ngo_test']['errors'][] = $code;
}
function plugins_url( $path, $file ) {
	return 'https://site.example/wp-content/plugins/ngo-kit/' . $path;
}
function wp_enqueue_script( $handle, $src ) {
	$GLOBALS['ngo_test']['enqueued'][] = array( 'classic', $handle, $src );
}
if ( ! empty( $job['scriptModules'] ) ) {
	function wp_enqueue_script_module( $handle, $src ) {
		$GLOBALS['ngo_test']['enqueued'][] = array( 'module', $handle, $src );
	}
}
function is_singular() {
	return true;
}
function get_post() {
	return (object) array( 'post_content' => $GLOBALS['ngo_test_content'] );
}
function get_block_wrapper_attributes() {
	return 'class="wp-block-ngo-kit-widget"';
}
function register_block_type() {
}
function wp_add_inline_script() {
}
function wp_json_encode( $value ) {
	return json_encode( $value );
}

require dirname( __DIR__ ) . '/ngo-kit.php';

if ( ! empty( $job['memberToken'] ) ) {
	add_filter(
		'ngo_kit_member_token',
		static function () use ( $job ) {
			return $job['memberToken'];
		}
	);
}

do_action( 'init' );
$GLOBALS['ngo_test_content'] = $job['content'] ?? '';
do_action( 'wp_enqueue_scripts' );

$rendered = array();
foreach ( $job['render'] ?? array() as $item ) {
	if ( isset( $item['shortcode'] ) ) {
		$callback   = $GLOBALS['ngo_test']['shortcodes'][ $item['shortcode'] ] ?? null;
		$rendered[] = $callback ? $callback( $item['atts'] ?? '' ) : null;
	} else {
		$rendered[] = ngo_kit_render_block( $item['block'] );
	}
}

$tags = array();
foreach ( $GLOBALS['ngo_test']['enqueued'] as $entry ) {
	if ( 'classic' === $entry[0] ) {
		$tags[] = apply_filters( 'script_loader_tag', '<script src="' . $entry[2] . '"></script>', $entry[1], $entry[2] );
	}
}

echo json_encode(
	array(
		'shortcodes' => array_keys( $GLOBALS['ngo_test']['shortcodes'] ),
		'rendered'   => $rendered,
		'enqueued'   => $GLOBALS['ngo_test']['enqueued'],
		'scriptTags' => $tags,
		'sanitized'  => isset( $job['sanitize'] ) ? ngo_kit_sanitize_settings( $job['sanitize'] ) : null,
		'errors'     => $GLOBALS['ngo_test']['errors'],
		'widgets'    => ngo_kit_widgets(),
	)
);
