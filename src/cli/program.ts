// The commander definition of the command line, with Chinese help text. Parsing only; run.ts acts on the result.
import { Command, Help } from 'commander';
import { displayWidth } from '../report/width.js';
import { listFormats } from '../report/index.js';
import { PROGRAM, type CliIO } from './io.js';
import { DEFAULT_CACHE_LOCATION } from '../api/options.js';

// Commander's help headings are English; these are the only ones a command without subcommands shows.
const TITLES: Record<string, string> = { 'Usage:': '用法：', 'Arguments:': '参数：', 'Options:': '选项：' };

const HELP_AFTER = `
退出码：
  0  没有错误（只有警告时也是 0，除非警告数超过 --max-warnings）
  1  发现错误，或有文件无法读取、无法解析、检查超时
  2  无法运行：参数有误、未知的输出格式、配置文件、规则目录或规则文件有误
  130  被中断（Ctrl-C）：停止检查，删除未写完的报告和临时文件；再按一次 Ctrl-C 立即退出

多个报告：
  一次运行可以输出多种格式：每个 -f 与紧跟其后的 -o 配成一对，按命令行顺序；
  没有 -o 的 -f 写到标准输出（最多一个）。只有一个 -f 和一个 -o 时顺序不限。
  二进制格式（xlsx）必须用 -o 写入文件，不能输出到终端。
  报告随检查进度逐个文件写出，不保留检查结果，文件再多也不会耗尽内存；-o 的文件先写成同目录下的
  临时文件，全部写完后才改名，中途失败不会留下半截报告。开头需要全部结果的报告（junit、html）
  先把正文暂存在临时目录（TMPDIR）中。

并行与进度：
  文件多时在多个工作线程中并行检查（--concurrency），结果按文件路径排序，
  所以 json、csv、sarif 报告与并行程度无关、逐字节相同。无法读取的文件照样得到一条致命错误，其余文件照常检查。
  每个文件的检查时间有上限（--timeout，默认 60 秒）：在工作线程中超时的文件被立即停止（线程被终止并替换）；
  不使用工作线程时（--concurrency off，或文件少于 50 个、单核机器上的 auto）无法中途打断，文件检查完后才判定超时，
  结果相同但要等它结束。需要硬性上限时请用 --concurrency 1 或更多。
  标准错误输出是终端、文件超过 20 个且报告不是通过管道输出时显示进度条；--quiet 时不显示。

配置：
  默认在当前目录及其上级目录中查找 jixiao.config.json（找到第一个为止）；没有配置文件时使用 recommended 预设。
  优先级从低到高：预设 < 配置文件的 rules < 匹配文件的 overrides < --rule。

示例：
  ${PROGRAM} 2024年项目支出绩效目标表.txt
  ${PROGRAM} 各单位/ --format json -o 报告/结果.json --max-warnings 20
  ${PROGRAM} 各单位/ -f stylish -f sarif -o 报告/结果.sarif -f csv -o 报告/问题.csv
  ${PROGRAM} 各单位/ --summary -o 报告/汇总.txt --concurrency 4
  ${PROGRAM} --print-config 各单位/2024/甲单位.txt`;

/** Repeatable options (--rules, --rule) collect every value in order. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A fresh program per run: commander keeps parse state on the instance, and tests run many CLIs in one process. */
export function buildProgram(version: string, io: CliIO): Command {
  return new Command(PROGRAM)
    .usage('[选项] <文件、文件夹或 glob ...>')
    .description('检查绩效目标表（部门整体绩效目标、项目支出绩效目标申报表），指出问题所在的单元格和原因，并为每个指标、项目和文档打分。')
    .argument('[路径...]', '要检查的文件、文件夹或 glob 模式（至少一个）')
    .option('-f, --format <格式>', `报告格式：${listFormats().join('、')}（默认 stylish；可重复，见下文“多个报告”）`)
    .option('-o, --output <文件>', '把报告写入文件而不是标准输出（自动创建上级目录；可重复，跟在对应的 -f 之后）')
    .option('-c, --config <文件>', '使用指定的配置文件（不再查找 jixiao.config.json）')
    .option('--no-config', '不使用任何配置文件（recommended 预设加命令行选项）')
    .option('--print-config <文件>', '不检查，以 JSON 输出该文件生效的配置（规则、选项、评分）')
    .option('--print-model', '不检查，只解析文件并以 JSON 输出文档模型')
    .option('--lang <zh|en>', '消息语言：zh（默认）或 en（优先于配置的 lang）')
    .option('--rules <目录>', '额外的规则目录，每个 *.json 是一条规则（可重复，补充配置的 rulesDirs）', collect)
    .option('--rule <规则id=严重程度>', '规则的严重程度：error、warning、info、off（可重复，优先于配置）', collect)
    .option('--max-warnings <数量>', '警告数超过该数量时退出码为 1')
    .option('--concurrency <auto|off|数量>', '用多少个工作线程并行检查：auto（默认；文件少于 50 个或单核时不并行，少于 2000 个时留一个核给编译，最多为 CPU 核数）、off 或线程数')
    .option('--timeout <秒>', '每个文件的检查时间上限（默认 60 秒；0 表示不限时）：超时的文件得到一条致命错误，其余文件照常检查')
    .option('--max-file-size <大小>', '大于该大小的文件不读取，报告为致命错误：如 100MB（默认）、1GB、512KB')
    .option('--max-inflated-size <大小>', '.docx/.xlsx 解压后的总大小上限，超过即停止解压（防“压缩炸弹”）：默认 500MB；单个部件上限 200MB')
    .option('--cache', '缓存检查结果：内容和设置都没变的文件直接用上次的结果（改名、复制的文件也算）')
    .option('--cache-location <目录>', `缓存目录（默认 ${DEFAULT_CACHE_LOCATION}，相对于当前目录；须与 --cache 同用）`)
    .option('--summary', '输出汇总：文档和项目按得分排名（等级、最大的三项扣分）、各规则问题数、等级分布和须修改的文档（同 -f summary）')
    .option('--quiet', '只报告错误，不显示警告和提示（退出码照常计算）')
    .option('--color', '强制使用颜色')
    .option('--no-color', '不使用颜色（也可设置环境变量 NO_COLOR）')
    .version(version, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示本帮助')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError(`（运行 ${PROGRAM} --help 查看用法）`)
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      // Commander puts a space after the title; after a full-width colon it is one too many.
      formatHelp(cmd, helper) {
        return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^用法： /, '用法：');
      },
      // Chinese descriptions are two columns per character; commander's own count would misalign them.
      displayWidth,
    })
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`${PROGRAM}: 参数错误：${text.replace(/^error: /, '')}`),
      // A fixed width and no colour: help text is the same in every terminal and in tests.
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    // Throw instead of calling process.exit: runCli turns commander's outcome into an exit code.
    .exitOverride();
}
