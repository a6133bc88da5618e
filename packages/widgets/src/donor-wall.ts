import { NgoDonorWall } from './donor-wall/ngo-donor-wall.js';
import { define } from './shared/define.js';

define('ngo-donor-wall', NgoDonorWall);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-donor-wall': NgoDonorWall;
  }
}

export { NgoDonorWall };
