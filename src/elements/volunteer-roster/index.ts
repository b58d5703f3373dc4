import { define } from '../../define.js';
import {
  VolunteerRoster,
  type HoursLoggedDetail,
  type VolunteerJoinedDetail,
  type VolunteerRevealDetail,
} from './volunteer-roster.js';

export { VolunteerRoster, type HoursLoggedDetail, type VolunteerJoinedDetail, type VolunteerRevealDetail };
export { buildCsv, csvCell, type CsvCell } from '../shared/csv.js';

define('volunteer-roster', VolunteerRoster);

declare global {
  interface HTMLElementTagNameMap {
    'volunteer-roster': VolunteerRoster;
  }
  interface GlobalEventHandlersEventMap {
    'gr-volunteer-reveal': CustomEvent<VolunteerRevealDetail>;
    'gr-volunteer-joined': CustomEvent<VolunteerJoinedDetail>;
    'gr-hours-logged': CustomEvent<HoursLoggedDetail>;
  }
}
