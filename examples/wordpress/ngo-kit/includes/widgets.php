<?php
/**
 * The widgets the plugin offers, and the attributes each accepts from a
 * shortcode or a block. Attributes not listed here are dropped, so an author
 * can set a widget's options but never an event handler or a style.
 * The plugin's tests check this list against the widgets' custom-elements.json.
 *
 * @package NgoKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every widget by its name (the tag without `ngo-`): a title for the block
 * editor and the attributes an author may set. `api`, `key` and `lang` come
 * from the settings page; `lang` and `theme` may be set per widget.
 *
 * @return array<string, array{title: string, attributes: string[]}>
 */
function ngo_kit_widgets() {
	$common = array( 'lang', 'theme' );
	$widgets = array(
		'event-list'          => array( 'Event list', array( 'limit', 'from', 'to', 'tag', 'kind', 'series', 'filters', 'organizer', 'no-structured-data' ) ),
		'event-calendar'      => array( 'Event calendar', array( 'month', 'time-zone', 'kind', 'tag', 'series' ) ),
		'event-registration'  => array( 'Event registration', array( 'event-id' ) ),
		'signup-form'         => array( 'Sign-up form', array( 'privacy-url', 'privacy-new-tab', 'sign-in-url', 'interests' ) ),
		'newsletter-signup'   => array( 'Newsletter sign-up', array( 'privacy-url', 'privacy-new-tab', 'show-archive', 'archive-limit' ) ),
		'points-badge'        => array( 'Points badge', array( 'variant', 'sign-in-url' ) ),
		'suggestion-box'      => array( 'Suggestion box', array( 'mode', 'sort', 'category', 'limit' ) ),
		'satisfaction-survey' => array( 'Satisfaction survey', array( 'survey-id', 'paging', 'csat-style' ) ),
		'announcements'       => array( 'Announcements', array( 'limit', 'event-url' ) ),
		'donor-wall'          => array( 'Donor wall', array( 'group-by', 'period', 'show-amounts' ) ),
		'kpi-dashboard'       => array( 'KPI dashboard', array( 'year', 'quarter' ) ),
	);
	$registry = array();
	foreach ( $widgets as $name => $widget ) {
		$registry[ $name ] = array(
			'title'      => $widget[0],
			'attributes' => array_merge( $widget[1], $common ),
		);
	}
	return $registry;
}
