/** A staff session: its token is a staff member's bearer credential in a page, until it expires. */
export interface StaffSessionRecord {
  token: string;
  /** Who it was opened for, as the organisation's server named them. */
  name: string;
  createdAt: string;
  expiresAt: string;
}

export interface StaffData {
  staffSessions: StaffSessionRecord[];
}
