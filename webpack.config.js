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

// office.js: production builds load it from Microsoft's CDN, as Microsoft asks of production add-ins
// (AppSource requires it). BAOCAO_OFFICE_JS=local serves the package's copy from this add-in's own
// origin instead, for closed networks; development (npm start) and the tests always do. Only the files
// Word needs are copied (the package is 86 MB).
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const OFFICE_JS_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'word-*.js',
  'en-us/office_strings.js',
  'vi-vn/office_strings.js',
];

/** Where taskpane.html loads office.js from, and whether the package's copy goes into dist/. */
function officeJs(dev) {
  const choice = process.env.BAOCAO_OFFICE_JS || (dev ? 'local' : 'cdn');
  if (choice !== 'local' && choice !== 'cdn') throw new Error(`BAOCAO_OFFICE_JS must be "local" or "cdn", not "${choice}"`);
  return choice === 'local' ? { url: 'office-js/office.js', copy: true } : { url: OFFICE_JS_CDN, copy: false };
}

// The bootstrap taskpane.html runs after office.js (ES5, inlined): it picks the modern pane or the
// lite pane. Each compiler records its entry's files here; the lite compiler runs first.
const BOOT_SOURCE = () => require('fs').readFileSync(path.join(__dirname, 'src/taskpane/boot.js'), 'utf8');
const entryFiles = { lite: [] };

class EntryFilesPlugin {
  constructor(entry) {
    this.entry = entry;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EntryFiles', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EntryFiles', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const point = compilation.entrypoints.get(this.entry);
        entryFiles[this.entry] = point ? point.getFiles().filter((f) => f.endsWith('.js')) : [];
      });
    });
  }
}

/**
 * The lite pane for Office 2016/2019 webviews (Internet Explorer 11, EdgeHTML): src/core and the Word
 * adapter compiled to ES5 with babel (core-js polyfills only for what the code uses), no React.
 */
function liteConfig(dev) {
  const babel = {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      // CommonJS libraries (JSZip's UMD build) stay CommonJS: polyfill imports are added as require()
      sourceType: 'unambiguous',
      presets: [['@babel/preset-env', { targets: { ie: '11' }, useBuiltIns: 'usage', corejs: '3.48', modules: false }]],
    },
  };
  return {
    name: 'lite',
    mode: dev ? 'development' : 'production',
    // eval source maps are ES2015+ wrappers: plain source maps keep the bundle ES5
    devtool: 'source-map',
    target: ['web', 'es5'],
    entry: { lite: './src/lite/index.ts' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'lite-[name].[contenthash:8].chunk.js',
      // this compiler runs first and cleans dist/; the modern one adds to it
      clean: true,
      publicPath: 'auto',
    },
    resolve: { extensions: ['.ts', '.js'], fallback: { fs: false, path: false, os: false, crypto: false } },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: [babel, { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2019', sourceMap: true } } }] },
        // libraries too: zod, JSZip and xmldom ship ES2015+ syntax; core-js itself must stay as it is
        { test: /\.m?js$/, exclude: /node_modules[\\/](core-js|@babel|webpack)[\\/]/, use: babel },
      ],
    },
    plugins: [new EntryFilesPlugin('lite')],
    performance: { hints: false },
  };
}

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  const productionUrl = process.env.ADDIN_PRODUCTION_URL || 'https://baocao.example.vn/addin/';
  const dataServiceUrl = process.env.BAOCAO_DATA_URL || 'http://127.0.0.1:3100';
  const office = officeJs(dev);
  return [liteConfig(dev), modernConfig()];

  function modernConfig() {
  return {
    name: 'modern',
    dependencies: ['lite'],
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
      clean: false,
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
      // taskpane.html names no pane itself: its bootstrap loads one (src/taskpane/boot.js)
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        inject: false,
        favicon: './assets/icon-32.png',
        templateParameters: (compilation) => ({
          dataServiceUrl,
          officeJsUrl: office.url,
          panes: JSON.stringify({ modern: compilation.entrypoints.get('taskpane').getFiles().filter((f) => f.endsWith('.js')), lite: entryFiles.lite }),
          boot: BOOT_SOURCE(),
        }),
      }),
      // the help page the manifest's SupportUrl names
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', inject: false, favicon: './assets/icon-32.png', templateParameters: { dataServiceUrl } }),
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
          ...(office.copy ? OFFICE_JS_FILES : []).map((f) => ({
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
  }
};
