import { define } from './shared/define.js';
import { NgoPointsRedeemedEvent, type PointsRedeemedDetail } from './points-badge/events.js';
import { NgoPointsBadge, type PointsBadgeVariant } from './points-badge/ngo-points-badge.js';

define('ngo-points-badge', NgoPointsBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-points-badge': NgoPointsBadge;
  }
  interface GlobalEventHandlersEventMap {
    'ngo-points-redeemed': NgoPointsRedeemedEvent;
  }
}

export { NgoPointsBadge, NgoPointsRedeemedEvent, type PointsBadgeVariant, type PointsRedeemedDetail };
