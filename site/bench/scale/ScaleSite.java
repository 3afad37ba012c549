import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic Chinese report project of N pages for the scale benchmark: pages in folders of 20 with four
 * sections each, citation notes, cross-references to other pages, a shared include, a dataset table per page, and
 * one dataset of 10,000 rows shown on its own page. Deterministic: the same N gives the same files.
 * Usage: java ScaleSite.java N TARGET_FOLDER [PLUGIN_VERSION]
 */
public final class ScaleSite {

    private static final String[] SUBJECTS = {"生成式人工智能", "行业大模型", "智能客服", "数字人主播", "代码助手",
            "医疗影像系统", "营销内容平台", "文旅导览应用", "金融风控模型", "游戏美术工具", "中小企业", "地方政府"};
    private static final String[] VERBS = {"显著提升了", "逐步改变了", "重新组织了", "大幅降低了", "持续扩展了",
            "有效缩短了", "深度参与了", "稳步推动了"};
    private static final String[] OBJECTS = {"内容生产的效率", "服务响应的速度", "研发流程的成本", "用户体验的质量",
            "数据治理的水平", "产业协同的范围", "创作门槛与周期", "决策分析的精度"};
    private static final String[] TAILS = {"这一变化在多个城市同时出现", "相关企业正在加快布局", "其效果仍需长期观察",
            "政策环境为此提供了支撑", "算力与数据是主要约束", "人才结构也随之调整"};
    private static final int PER_FOLDER = 20;
    private static final int SOURCES = 50;
    private static final int BIG_ROWS = 10_000;

    public static void main(String[] args) throws IOException {
        int pages = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]);
        String version = args.length > 2 ? args[2] : "0.1.0-SNAPSHOT";
        Path content = root.resolve("content");
        Random random = new Random(42);
        Files.createDirectories(content.resolve("_shared"));
        write(root.resolve("pom.xml"), pom(version));
        write(content.resolve("_shared/method.adoc"), "[NOTE]\n====\n本页数字均为合成数据，仅用于测量构建速度。\n====\n");
        write(content.resolve("index.adoc"), "= 合成报告\n:description: 用于测量构建速度的合成站点。\n\n" + paragraph(random)
                + "\n\n* xref:" + pagePath(1) + "[从第一页读起]\n* xref:big-table.adoc[一万行数据表]\n");
        write(content.resolve("big-table.adoc"), "= 一万行数据表\n:nav-order: " + (pages + 1)
                + "\n\n" + paragraph(random) + "\n\ndataset::metrics[columns=\"id,page,label,value,date\","
                + "caption=\"全部合成指标\"]\n");
        for (int page = 1; page <= pages; page++) {
            write(content.resolve(pagePath(page)), page(page, pages, random));
        }
        write(content.resolve("data/sources.json"), sources());
        write(content.resolve("schemas/sources.schema.json"), SOURCES_SCHEMA);
        write(content.resolve("data/metrics.json"), metrics(pages, random));
        write(content.resolve("schemas/metrics.schema.json"), METRICS_SCHEMA);
    }

    private static String pagePath(int page) {
        return String.format(Locale.ROOT, "part-%03d/page-%05d.adoc", (page - 1) / PER_FOLDER + 1, page);
    }

    private static String page(int page, int pages, Random random) {
        StringBuilder text = new StringBuilder();
        text.append("= 第 ").append(page).append(" 篇：").append(SUBJECTS[page % SUBJECTS.length]).append("观察\n");
        text.append(":nav-order: ").append(page).append('\n');
        text.append(":description: 合成页面 ").append(page).append("，讨论").append(SUBJECTS[page % SUBJECTS.length])
                .append("。\n\n");
        text.append(paragraph(random)).append("\n\n");
        for (int section = 1; section <= 4; section++) {
            text.append("[#s").append(section).append("]\n== 第 ").append(section).append(" 节 ")
                    .append(OBJECTS[(page + section) % OBJECTS.length]).append("\n\n");
            text.append(paragraph(random)).append("cite:src-").append(1 + random.nextInt(SOURCES)).append("[]\n\n");
            text.append(paragraph(random)).append("\n\n");
            if (section == 2) {
                int other = 1 + random.nextInt(pages);
                text.append("相关讨论见 xref:../").append(pagePath(other)).append("#s3[第 ").append(other)
                        .append(" 篇第 3 节]。\n\n");
                text.append("include::../_shared/method.adoc[]\n\n");
            }
            if (section == 3) {
                text.append("dataset::metrics[where=\"page=").append(page)
                        .append("\",columns=\"label,value,date\",caption=\"本篇的合成指标\"]\n\n");
            }
        }
        return text.toString();
    }

    private static String paragraph(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(VERBS[random.nextInt(VERBS.length)])
                    .append(OBJECTS[random.nextInt(OBJECTS.length)]).append("，规模约 ")
                    .append(10 + random.nextInt(990)).append(" 亿元，").append(TAILS[random.nextInt(TAILS.length)])
                    .append("。");
        }
        return text.toString();
    }

    private static String sources() {
        StringBuilder json = new StringBuilder("{\n  \"title\": \"合成来源\",\n  \"rows\": [\n");
        for (int i = 1; i <= SOURCES; i++) {
            json.append("    {\"id\": \"src-").append(i).append("\", \"publisher\": \"合成研究院\", \"title\": \"第 ")
                    .append(i).append(" 号合成报告\", \"date\": \"2025\"}").append(i < SOURCES ? ",\n" : "\n");
        }
        return json.append("  ]\n}\n").toString();
    }

    private static String metrics(int pages, Random random) {
        StringBuilder json = new StringBuilder("{\n  \"title\": \"合成指标\",\n  \"rows\": [\n");
        for (int i = 1; i <= BIG_ROWS; i++) {
            json.append(String.format(Locale.ROOT,
                    "    {\"id\": \"m-%05d\", \"page\": %d, \"label\": \"%s%s\", \"value\": %d, \"date\": \"2025-%02d-%02d\"}%s%n",
                    i, 1 + (i - 1) % pages, SUBJECTS[random.nextInt(SUBJECTS.length)], OBJECTS[random.nextInt(OBJECTS.length)],
                    random.nextInt(100_000), 1 + random.nextInt(12), 1 + random.nextInt(28), i < BIG_ROWS ? "," : ""));
        }
        return json.append("  ]\n}\n").toString();
    }

    private static String pom(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>scale-site</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <name>合成报告</name>
                  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.microsite</groupId>
                        <artifactId>microsite-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions><execution><goals><goal>build</goal></goals><phase>package</phase></execution></executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static final String SOURCES_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {"title": {"type": "string"},
               "rows": {"type": "array", "x-key": "id", "items": {"type": "object", "required": ["id", "publisher", "title"],
                 "properties": {"id": {"type": "string"}, "publisher": {"type": "string", "title": "发布方"},
                   "title": {"type": "string", "title": "标题"}, "date": {"type": "string", "title": "日期"}}}}}}
            """;
    private static final String METRICS_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {"title": {"type": "string"},
               "rows": {"type": "array", "x-key": "id", "items": {"type": "object",
                 "required": ["id", "page", "label", "value", "date"],
                 "properties": {"id": {"type": "string", "title": "编号"}, "page": {"type": "integer", "title": "页"},
                   "label": {"type": "string", "title": "指标"}, "value": {"type": "number", "title": "数值"},
                   "date": {"type": "string", "format": "date", "title": "日期"}}}}}}
            """;
}
