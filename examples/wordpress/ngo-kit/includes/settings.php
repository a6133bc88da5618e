<?php
/**
 * The settings page (Settings → ngo-kit): the API's address, the
 * organisation's publishable key, the default language, and where the
 * widgets' scripts are served from.
 *
 * @package NgoKit
 */

defined( 'ABSPATH' ) || exit;

/** The languages the widgets speak, by their tag. */
const NGO_KIT_LANGUAGES = array(
	''      => 'The page’s language',
	'en'    => 'English',
	'zh-CN' => '简体中文',
	'zh-TW' => '繁體中文',
);

/**
 * The settings in effect, with their defaults.
 *
 * @return array{api: string, key: string, lang: string, script_base: string}
 */
function ngo_kit_settings() {
	$saved = get_option( 'ngo_kit_settings', array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'api'         => isset( $saved['api'] ) ? (string) $saved['api'] : '',
		'key'         => isset( $saved['key'] ) ? (string) $saved['key'] : '',
		'lang'        => isset( $saved['lang'] ) ? (string) $saved['lang'] : '',
		'script_base' => isset( $saved['script_base'] ) ? (string) $saved['script_base'] : '',
	);
}

/**
 * Checks what an administrator saved. A secret key (`sk_...`) is refused:
 * it would be printed into every page that shows a widget.
 *
 * @param mixed $input The submitted settings.
 * @return array The settings to keep.
 */
function ngo_kit_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = ngo_kit_settings();
	$clean    = $previous;

	$api          = isset( $input['api'] ) ? trim( (string) $input['api'] ) : '';
	$clean['api'] = '' === $api ? '' : esc_url_raw( $api, array( 'https', 'http' ) );

	$key = isset( $input['key'] ) ? trim( (string) $input['key'] ) : '';
	if ( 0 === strpos( $key, 'sk_' ) ) {
		add_settings_error( 'ngo_kit_settings', 'ngo-kit-secret-key', __( 'That is a secret key (sk_…): it would be readable by anyone who opens a page. Use the publishable key (pk_…). The previous key was kept.', 'ngo-kit' ) );
	} elseif ( '' !== $key && ! preg_match( '/^pk_[A-Za-z0-9_]{1,100}$/', $key ) ) {
		add_settings_error( 'ngo_kit_settings', 'ngo-kit-key', __( 'A publishable key starts with pk_ and has only letters, digits and underscores. The previous key was kept.', 'ngo-kit' ) );
	} else {
		$clean['key'] = $key;
	}

	$lang          = isset( $input['lang'] ) ? (string) $input['lang'] : '';
	$clean['lang'] = array_key_exists( $lang, NGO_KIT_LANGUAGES ) ? $lang : '';

	$base                 = isset( $input['script_base'] ) ? trim( (string) $input['script_base'] ) : '';
	$clean['script_base'] = '' === $base ? '' : trailingslashit( esc_url_raw( $base, array( 'https', 'http' ) ) );

	return $clean;
}

/** Registers the setting and its fields. */
function ngo_kit_register_settings() {
	register_setting(
		'ngo_kit',
		'ngo_kit_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'ngo_kit_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'ngo_kit_main', __( 'Your community-ops API', 'ngo-kit' ), '__return_false', 'ngo-kit' );
	$fields = array(
		'api'         => __( 'API address', 'ngo-kit' ),
		'key'         => __( 'Publishable key', 'ngo-kit' ),
		'lang'        => __( 'Default language', 'ngo-kit' ),
		'script_base' => __( 'Scripts served from', 'ngo-kit' ),
	);
	foreach ( $fields as $name => $label ) {
		add_settings_field(
			'ngo_kit_' . $name,
			$label,
			'ngo_kit_settings_field',
			'ngo-kit',
			'ngo_kit_main',
			array(
				'name'      => $name,
				'label_for' => 'ngo_kit_' . $name,
			)
		);
	}
}
add_action( 'admin_init', 'ngo_kit_register_settings' );

/**
 * Prints one field of the settings page.
 *
 * @param array{name: string} $args The field.
 */
function ngo_kit_settings_field( $args ) {
	$settings = ngo_kit_settings();
	$name     = $args['name'];
	$id       = 'ngo_kit_' . $name;
	$field    = 'ngo_kit_settings[' . $name . ']';
	if ( 'lang' === $name ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '">';
		foreach ( NGO_KIT_LANGUAGES as $tag => $label ) {
			echo '<option value="' . esc_attr( $tag ) . '"' . selected( $settings['lang'], $tag, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
		return;
	}
	$type = ( 'api' === $name || 'script_base' === $name ) ? 'url' : 'text';
	echo '<input class="regular-text" type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" value="' . esc_attr( $settings[ $name ] ) . '" />';
	$help = array(
		'api'         => __( 'For example https://api.your-ngo.example', 'ngo-kit' ),
		'key'         => __( 'Starts with pk_. Never paste a secret key (sk_…) here.', 'ngo-kit' ),
		'script_base' => __( 'Leave empty to serve the widgets from this plugin; or the address of the ngo-kit CDN files, ending with /.', 'ngo-kit' ),
	);
	if ( isset( $help[ $name ] ) ) {
		echo '<p class="description">' . esc_html( $help[ $name ] ) . '</p>';
	}
}

/** Adds Settings → ngo-kit. */
function ngo_kit_add_settings_page() {
	add_options_page( 'ngo-kit', 'ngo-kit', 'manage_options', 'ngo-kit', 'ngo_kit_settings_page' );
}
add_action( 'admin_menu', 'ngo_kit_add_settings_page' );

/** Prints the settings page. */
function ngo_kit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>ngo-kit</h1><form action="options.php" method="post">';
	settings_fields( 'ngo_kit' );
	do_settings_sections( 'ngo-kit' );
	submit_button();
	echo '</form><p>' . esc_html__( 'Put a widget on a page with its block (ngo-kit widget) or a shortcode such as [ngo_event_list kind="offline" limit="5"].', 'ngo-kit' ) . '</p></div>';
}
