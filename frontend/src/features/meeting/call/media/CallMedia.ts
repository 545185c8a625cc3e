/**
 * The media plane of a call, as the call UI sees it: the same for a browser-to-browser mesh and
 * for the SFU. One instance per joined session; `close` ends every connection it opened.
 */
export interface CallMedia {
  /** What we send: called on every change of track or of microphone/camera state. */
  setOutgoing(outgoing: OutgoingMedia): void;
  close(): void;
}

export interface OutgoingMedia {
  audio: MediaStreamTrack | null;
  camera: MediaStreamTrack | null;
  screen: MediaStreamTrack | null;
  /** Whether the microphone and camera are on (a muted track is still kept). */
  on: { audio: boolean; video: boolean };
}

/** What one other participant sends us: their sound and their screen or else their camera. */
export interface RemoteFeed {
  stream: MediaStream;
  /**
   * Tells the media plane which element shows this video, so an SFU sends only the size it is
   * shown at and nothing while it is off screen. Returns the undo.
   */
  bindVideo?: (element: HTMLVideoElement) => () => void;
}

export interface CallMediaEvents {
  /** A participant's feed appeared or changed (a new object), or ended (null). */
  onRemote: (participantId: string, feed: RemoteFeed | null) => void;
  /** Whoever speaks loudest now (maybe ourselves), or null in silence. */
  onSpeaker: (participantId: string | null) => void;
}
