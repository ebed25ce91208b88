/** The member units of a Phòng or Sở live in content-schemas (the liên thông loader needs them too). */
export { membersOf, type Member } from '../../content-schemas/members.ts';
