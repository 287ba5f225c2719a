import type { DeckState } from './state';

/**
 * Messages between the windows showing one deck (audience and teacher view), over a
 * BroadcastChannel of this origin: nothing leaves the device. A window that opens says `hello`;
 * every window answers with its `state`, and sends it again after each change it makes itself.
 * `startedAt` (milliseconds since the epoch) lets the teacher's timer count from the real start.
 */
export type DeckMessage =
	| { kind: 'hello'; from: string }
	| { kind: 'state'; from: string; state: DeckState; startedAt: number };

/** The channel name for the deck at `path`, so two different decks never steer each other. */
export function deckChannelName(path: string): string {
	return `jaga-diri-tayangan:${path}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

const isCount = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0;

/** A well-formed message, or null for anything else that arrives on the channel. */
export function parseDeckMessage(data: unknown): DeckMessage | null {
	if (!isRecord(data) || typeof data.from !== 'string') return null;
	if (data.kind === 'hello') return { kind: 'hello', from: data.from };
	if (data.kind !== 'state' || !isRecord(data.state)) return null;
	const { index, step, blank } = data.state;
	if (!isCount(index) || !isCount(step) || typeof blank !== 'boolean') return null;
	if (!Number.isFinite(data.startedAt)) return null;
	return {
		kind: 'state',
		from: data.from,
		state: { index, step, blank },
		startedAt: Number(data.startedAt),
	};
}
