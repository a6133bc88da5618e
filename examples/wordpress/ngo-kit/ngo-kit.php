<?php
/**
 * Plugin Name:       ngo-kit
 * Plugin URI:        https://github.com/ngo-kit/ngo-kit
 * Description:       Your organisation's events, sign-ups, volunteer points, suggestion box, surveys, announcements, donor wall and KPIs, from its community-ops API, as shortcodes and blocks.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            ngo-kit
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       ngo-kit
 *
 * @package NgoKit
 */

defined( 'ABSPATH' ) || exit;

define( 'NGO_KIT_VERSION', '0.1.0' );
define( 'NGO_KIT_FILE', __FILE__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/block.php';
