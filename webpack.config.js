/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane. Modelled on the Office add-in template: one entry per page, an HTML page per
// entry, the manifest copied (and rewritten for the production URL), HTTPS dev server with the
// Office dev certificates.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifestUrls } = require('./scripts/manifest-url.js');

const DEV_URL = 'https://localhost:3000/';

// Writes dist/bundle-groups.json: the files of each entry and each named lazy chunk, so that
// scripts/initial-js.ts can measure what the first screen loads (entry + the first area).
class BundleGroupsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BundleGroups', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'BundleGroups', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const groups = {};
        for (const [name, group] of compilation.namedChunkGroups) {
          groups[name] = [...new Set(group.chunks.flatMap((c) => [...c.files].filter((f) => f.endsWith('.js'))))];
        }
        compilation.emitAsset('bundle-groups.json', new compiler.webpack.sources.RawSource(JSON.stringify(groups, null, 2)));
      });
    });
  }
}

// office.js is served from this add-in's own origin: commune offices are often offline and Word on the
// desktop caches what it was given. Only the files Word needs are copied (the package is 86 MB).
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const OFFICE_JS_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'word-*.js',
  'en-us/office_strings.js',
  'vi-vn/office_strings.js',
];

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  const productionUrl = process.env.ADDIN_PRODUCTION_URL || 'https://baocao.example.vn/addin/';
  const dataServiceUrl = process.env.BAOCAO_DATA_URL || 'http://127.0.0.1:3100';
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/taskpane/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].chunk.js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Node modules that the shared code may name but the browser never runs.
      fallback: { fs: false, path: false, os: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true },
            },
          },
        },
        { test: /\.(png|jpg|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [
      new BundleGroupsPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        favicon: './assets/icon-32.png',
        templateParameters: { dataServiceUrl },
      }),
      // The web workbench, at the site's root and under its old name.
      ...['index.html', 'preview.html'].map(
        (filename) =>
          new HtmlWebpackPlugin({
            filename,
            template: './src/taskpane/preview/preview.html',
            chunks: ['preview'],
            favicon: './assets/icon-32.png',
            templateParameters: { dataServiceUrl },
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Browsers ask for /favicon.ico before reading the page's icon link.
          { from: 'assets/icon-32.png', to: 'favicon.ico' },
          { from: 'assets/sample/*.docx', to: 'assets/sample/[name][ext]' },
          ...OFFICE_JS_FILES.map((f) => ({
            from: f,
            context: OFFICE_JS_DIR,
            to: f.includes('*') ? 'office-js/[name][ext]' : `office-js/${f}`,
            globOptions: { ignore: ['**/*.debug.js'] },
            // already minified by Microsoft: re-minifying 10 MB would only slow the build
            info: { minimized: true },
          })),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : rewriteManifestUrls(content.toString(), DEV_URL, productionUrl)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { 'Access-Control-Allow-Origin': '*' },
      // server options are filled in by scripts/start.ts with the Office dev certificates
      server: 'https',
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
};
