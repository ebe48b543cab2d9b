// drizzle-kit reads this to write numbered SQL migrations from the schema files in schema/ (`npm run db:generate`).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/backend/db/schema/*.ts',
  out: './electron/backend/db/migrations',
});
