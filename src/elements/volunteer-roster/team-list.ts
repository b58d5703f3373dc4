import { html, nothing } from 'lit';
import type { Team } from '../../domain/volunteers.js';
import { TEAM_KIND_KEYS } from './messages.js';
import type { RosterContext } from './roster-context.js';

/**
 * A team without its words yet, out of reach until it gets them: the same button, holding a blank as tall as its
 * three lines of words, so it has a team's size both where content-visibility skips it and where it lays it out
 * (near the list's box): the list scrolls as far as with the words.
 */
const EMPTY_TEAM = html`<li inert><button type="button" class="team" part="team" aria-pressed="false"><span class="team-blank"></span></button></li>`;

/**
 * The service teams as toggle buttons (`aria-pressed`): choosing one filters the members,
 * choosing it again (or "Show all teams") clears the filter. What goes inside `<section class="teams">`.
 *
 * `worded`: how many teams, from the first, get their words (the chosen one always does); the others are
 * empty, inert buttons. The roster's first frame words only the teams in the list's box: the others are
 * out of it, skipped by `content-visibility` at the same size with or without words, so the picture is the
 * same; they get their words in the frame after.
 */
export function renderTeamList(
  ctx: RosterContext,
  teams: readonly Team[],
  chosen: string,
  choose: (teamId: string) => void,
  worded = teams.length,
) {
  const { t } = ctx;
  const current = teams.find((team) => team.id === chosen);
  return html`<h3 id="teams-heading">${t('vr.teamsCount', { count: teams.length })}</h3>
      <ul class="team-list" role="list">
        ${teams.map((team, i) =>
          i < worded || team.id === chosen
            ? html`<li>
                <button type="button" class="team" part="team" aria-pressed=${team.id === chosen ? 'true' : 'false'} @click=${() => choose(team.id === chosen ? '' : team.id)}>
                  <span class="team-name">${team.name}</span>
                  <span class="team-meta">${t(TEAM_KIND_KEYS[team.kind])} · ${t('vr.teamLeader', { name: team.leaderName })}</span>
                  <span class="team-meta">${t('vr.teamMembers', { count: team.memberCount })} · ${t('vr.teamHours', { count: team.hoursThisYear })}</span>
                </button>
              </li>`
            : EMPTY_TEAM,
        )}
      </ul>
    ${current
      ? html`<p class="chosen-team">
          <span>${t('vr.teamChosen', { name: current.name })}</span>
          <button type="button" class="button secondary" @click=${() => choose('')}>${t('vr.clearTeam')}</button>
        </p>`
      : nothing}`;
}
