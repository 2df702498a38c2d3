// The configuration file's name, apart from the schema so that looking for a config file does not load zod.

/** The file name looked for in the working folder and its parents. */
export const CONFIG_FILE_NAME = 'jixiao.config.json';
