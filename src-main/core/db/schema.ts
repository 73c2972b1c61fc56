// Every table of the database, in files by capability; drizzle-kit reads this one
// (drizzle.config.ts), and the app imports its tables from here.
export * from './schema-library';
export * from './schema-profiles';
export * from './schema-queue';
export * from './schema-connections';
