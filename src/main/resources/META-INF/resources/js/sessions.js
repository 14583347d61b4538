// Sessions (team meetings, coaching, training) as the pages word them: the same phrases on every timeline and list.
import { clockTime, localDate } from './time.js';

const KINDS = { TEAM_MEETING: 'Team meeting', COACHING: 'Coaching', TRAINING: 'Training' };

/** "Team meeting" for TEAM_MEETING; an unknown kind as the service spelled it. */
export function kindLabel(kind) {
  return KINDS[kind] ?? kind;
}

/** "10:00–10:30" in the zone. */
export function timeRange(start, end, zone) {
  return `${clockTime(start, zone)}–${clockTime(end, zone)}`;
}

/** "Team meeting of Team Atlas · supervisor Morgan Hale · 10:00–10:30"; a training without a trainer has no supervisor. */
export function sessionTitle(session, zone) {
  const supervisor = session.supervisorName ? ` · supervisor ${session.supervisorName}` : '';
  return `${session.name}${supervisor} · ${timeRange(session.start, session.end, zone)}`;
}

/** The sessions {@code agentId} attends that overlap [start, end): those drawn on the row of one of its shifts. */
export function sessionsWithin(sessions, agentId, start, end) {
  const from = Date.parse(start);
  const to = Date.parse(end);
  return sessions.filter((s) => (s.agentIds ?? []).includes(agentId) && Date.parse(s.start) < to && Date.parse(s.end) > from);
}

/** The sessions starting on the ISO date {@code day} in the zone, earliest first. */
export function sessionsOn(sessions, day, zone) {
  return sessions.filter((s) => localDate(s.start, zone) === day).sort((a, b) => a.start.localeCompare(b.start));
}
