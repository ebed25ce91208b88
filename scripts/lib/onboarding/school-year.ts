/** The năm học onboarding writes into a new site and accepts on the command line: the shared school calendar's. */
export { currentSchoolYear, isSchoolYear } from '../../../content-schemas/calendar.ts';
