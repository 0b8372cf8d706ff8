/** Dot colours of the case timeline by event kind (the API's `TimelineEventDto.kind`). */
const COLORS: Readonly<Record<string, string>> = {
  registered: 'gray',
  accept: 'blue',
  assign: 'blue',
  session: 'green',
  risk: 'red',
  refusal: 'red',
  conflict: 'orange',
  reject: 'gray',
  pause: 'orange',
  resume: 'blue',
  extend: 'blue',
  terminate: 'gray',
  transfer: 'gray',
  close: 'gray',
  archive: 'gray',
};

export function timelineColor(kind: string): string {
  return COLORS[kind] ?? 'blue';
}
