// FullCalendar's month view as its README sets it up: the core, the day-grid
// views and the classic theme. Bundled by bench/render/peers.mjs for the
// render benchmark and for the peer's size.
export { Calendar } from 'fullcalendar';
export { default as dayGridPlugin } from 'fullcalendar/daygrid';
export { default as classicThemePlugin } from 'fullcalendar/themes/classic';
