// Builds the add-in (task pane, custom functions, help page, manifest), the command-line tool and the
// offline page (dist/cakupan-jamsostek.html, one self-contained file: see scripts/offline-page.js).
//   npm run build -- --env urlProd=https://host/path/   rewrites every dev URL in manifest.xml
const path = require('path');
const { OfflinePagePlugin } = require('./scripts/offline-page.js');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const URL_DEV = 'https://localhost:3000/';
const OFFICE_JS_HOSTED = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = '/office-js/office.js';

function rewriteManifest(content, urlProd) {
  const xml = content.toString();
  return urlProd ? xml.split(URL_DEV).join(urlProd.endsWith('/') ? urlProd : urlProd + '/') : xml;
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const urlProd = env.urlProd;
  const addin = {
    name: 'addin',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      functions: './src/functions/functions.ts',
      // The roster check off the page's thread: a plain script beside taskpane.js (same origin), not in the
      // page's chunks. taskpane.ts finds it next to its own URL, so the dev server, a production build
      // (--env urlProd=...) and the preview all serve it.
      'check-worker': './src/taskpane/checker/worker.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: false },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'functions'],
        officeJs: dev ? OFFICE_JS_LOCAL : OFFICE_JS_HOSTED,
      }),
      // helpUrl in the function metadata points at the dev origin too; production builds rewrite it like the manifest.
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap('RewriteFunctionsMetadataUrls', (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: 'RewriteFunctionsMetadataUrls', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
              () => {
                if (!urlProd) return;
                for (const name of ['functions.json', 'functions-id.json']) {
                  const asset = compilation.getAsset(name);
                  if (asset)
                    compilation.updateAsset(name, new compiler.webpack.sources.RawSource(rewriteManifest(asset.source.source(), urlProd)));
                }
              },
            );
          });
        },
      },
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help/help.html', to: 'help.html' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/functions/functions-id.json', to: 'functions-id.json' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, urlProd) },
        ],
      }),
    ],
    devServer: {
      // office.js loads companion files from its own folder, so its whole dist/ is served as is (dev only).
      static: [
        { directory: path.resolve(__dirname, 'dist') },
        { directory: path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist'), publicPath: '/office-js' },
      ],
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: Number(process.env.PORT || 3000),
      server: env.http ? 'http' : 'https',
      client: false,
      hot: false,
      liveReload: false,
    },
  };
  const cli = {
    name: 'cli',
    target: 'node20',
    devtool: false,
    entry: { jamsostek: './src/cli/main.ts' },
    output: { path: path.resolve(__dirname, 'dist', 'cli'), filename: '[name].js', clean: true, library: { type: 'commonjs2' } },
    resolve: { extensions: ['.ts', '.js'] },
    externals: { exceljs: 'commonjs exceljs' },
    optimization: { minimize: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
  };
  // The offline page: the task pane's code on an in-memory workbook filled from .xlsx files, no office.js.
  // One script (no chunks, no publicPath lookups) that OfflinePagePlugin inlines into the page with its
  // styles and icons and the check worker's text, under a Content-Security-Policy of hashes.
  const offline = {
    name: 'offline',
    target: ['web', 'es2020'],
    devtool: false,
    // The check worker is built beside the page's script and carried inside it (see scripts/offline-page.js).
    entry: { 'offline-page': './src/offline/offline.ts', 'offline-check-worker': './src/taskpane/checker/worker.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', publicPath: '', clean: false, asyncChunks: false },
    resolve: { extensions: ['.ts', '.js'] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
    plugins: [new OfflinePagePlugin({ script: 'offline-page.js', worker: 'offline-check-worker.js', output: 'cakupan-jamsostek.html' })],
  };
  return [addin, cli, offline];
};
module.exports.rewriteManifest = rewriteManifest;
