/** How a chapter's view is reached: fitted with this padding over this duration, or flown to at this speed. */
export const CHAPTER_MOVE = { padding: 40, duration: 1800, speed: 1.2 } as const;
