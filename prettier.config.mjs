/** Prettier formats every file; CI runs `prettier --check`. Tailwind classes are sorted too. */
const config = {
  printWidth: 120,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
};

export default config;
