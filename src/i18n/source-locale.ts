export const SOURCE_LOCALE = 'en';
/** English dates read the British way (3 January 2024), as the atlas's sources and house style write them. */
export const SOURCE_INTL_LOCALE = 'en-GB';
