import type { Operations } from '../../operation.js';
import { notImplemented } from '../not-implemented.js';

export const announcementOperations = {
  listAnnouncements: notImplemented,
  createAnnouncement: notImplemented,
} satisfies Partial<Operations>;
