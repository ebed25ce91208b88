/**
 * "Today" for a static site is the build date, in Vietnam's time zone (UTC+7):
 * alerts, open consultations and the current school year all follow from it.
 * The rules live in the shared school calendar; the theme's components import them here.
 */
export { dayOf, isWithin, vnDay } from '../../../content-schemas/calendar.ts';
