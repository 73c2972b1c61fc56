/** What a field for a video link shows before anything is typed: the two forms it takes. */
export const videoLinkPlaceholder = 'https://www.youtube.com/watch?v=… or dQw4w9WgXcQ';
