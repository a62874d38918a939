using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Git;

public class GitDriverTests
{
    private const string Product = """
        {
          "guid": "t-product",
          "name": "product",
          "fields": [
            {
              "name": "id",
              "type": "int"
            },
            {
              "name": "price",
              "type": "decimal"
            }
          ]
        }

        """;

    [Fact]
    public void Plain_git_merge_with_the_driver_merges_a_table_field_by_field_where_text_merge_conflicts()
    {
        using var temp = new TempDirectory();
        var repo = temp.Path;
        GitRepo.Init(repo);
        temp.Write("workspace.json", "{\n  \"guid\": \"ws\",\n  \"name\": \"shop:acme\"\n}\n");
        temp.Write("tables/product.json", Product);
        GitRepo.Run(repo, "add", ".");
        GitRepo.Run(repo, "commit", "-qm", "base");

        // Both edits touch adjacent lines at the end of the fields array: a text merge conflicts.
        GitRepo.Run(repo, "checkout", "-qb", "add-field");
        temp.Write("tables/product.json", Product.Replace("\"decimal\"\n    }\n", "\"decimal\"\n    },\n    {\n      \"name\": \"stock\",\n      \"type\": \"int\"\n    }\n", StringComparison.Ordinal));
        GitRepo.Run(repo, "commit", "-qam", "add stock");
        GitRepo.Run(repo, "checkout", "-q", "main");
        temp.Write("tables/product.json", Product.Replace("\"decimal\"\n", "\"decimal\",\n      \"required\": true\n", StringComparison.Ordinal));
        GitRepo.Run(repo, "commit", "-qam", "price required");

        var textMerge = GitRepo.Run(repo, "merge", "--no-edit", "-q", "add-field");
        Assert.Contains("CONFLICT", textMerge, StringComparison.Ordinal);
        GitRepo.Run(repo, "merge", "--abort");

        var setup = CliRunner.Run(repo, "git-setup");
        Assert.Equal(0, setup.ExitCode);
        GitRepo.Run(repo, "add", ".gitattributes");
        GitRepo.Run(repo, "commit", "-qm", "xanolink drivers");

        var merge = GitRepo.Run(repo, "merge", "--no-edit", "-q", "add-field");

        Assert.StartsWith("exit 0", merge, StringComparison.Ordinal);
        Assert.Equal(Product.Replace("\"decimal\"\n    }\n", "\"decimal\",\n      \"required\": true\n    },\n    {\n      \"name\": \"stock\",\n      \"type\": \"int\"\n    }\n", StringComparison.Ordinal), File.ReadAllText(temp.Combine("tables", "product.json")));
        Assert.StartsWith("exit 0", GitRepo.Run(repo, "fsck", "--strict"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_changed_two_ways_leaves_the_file_conflicted_with_ours_and_names_the_member()
    {
        using var temp = new TempDirectory();
        var b = temp.Write("base.json", Product);
        var ours = temp.Write("ours.json", Product.Replace("decimal", "int", StringComparison.Ordinal));
        var theirs = temp.Write("theirs.json", Product.Replace("decimal", "text", StringComparison.Ordinal));

        var result = CliRunner.Run(temp.Path, "merge-file", b, ours, theirs, "shop/tables/product.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("shop/tables/product.json: conflict: table:product fields[price].type: changed differently on both sides (ours \"int\", theirs \"text\")\n", result.Error);
        Assert.Equal(Product.Replace("decimal", "int", StringComparison.Ordinal), File.ReadAllText(ours));
        Assert.Equal(0, CliRunner.Run(temp.Path, "merge-file", b, ours, theirs, "tables/product.json", "--on-conflict", "theirs").ExitCode);
        Assert.Contains("\"text\"", File.ReadAllText(ours), StringComparison.Ordinal);
    }

    [Fact]
    public void Git_setup_writes_gitattributes_in_the_workspace_folder_once()
    {
        using var temp = new TempDirectory();
        GitRepo.Init(temp.Path);
        temp.Write("shop/workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop:source\" }");
        temp.Write("shop/.gitattributes", "*.md text\n");
        var workspace = temp.Combine("shop");

        var first = CliRunner.Run(workspace, "git-setup");
        var second = CliRunner.Run(workspace, "git-setup");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Approvals.Verify(File.ReadAllText(temp.Combine("shop", ".gitattributes")), extension: "gitattributes");
        Assert.Contains("xanolink.dll merge-file %O %A %B %P", GitRepo.Run(temp.Path, "config", "merge.xanolink.driver"), StringComparison.Ordinal);
        Assert.Contains("xanolink.dll textconv", GitRepo.Run(temp.Path, "config", "diff.xanolink.textconv"), StringComparison.Ordinal);
        Assert.Contains("already routes", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Textconv_renders_a_stack_and_records_as_readable_lines()
    {
        using var temp = new TempDirectory();
        var api = temp.Write("apis/orders/create_order.json", """
            { "guid": "a-1", "name": "orders/create_order", "verb": "POST", "path": "/orders", "auth": "user",
              "inputs": [ { "name": "order_id", "type": "int", "required": true } ],
              "steps": [
                { "op": "db.get", "table": "order", "as": "order" },
                { "op": "conditional", "if": "$order.total > 100", "then": [ { "op": "var.update", "var": "total", "value": "$total * 0.95" } ], "else": [] },
                { "op": "return", "value": "$order" } ],
              "response": { "total": "$total" } }
            """);
        var table = temp.Write("tables/product.json", """
            { "guid": "t-1", "name": "product", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal", "required": true },
              { "name": "category_id", "type": "int", "table": "category" }, { "name": "status", "type": "enum", "values": ["draft", "live"], "default": "draft" } ],
              "indexes": [ { "type": "btree|unique", "fields": ["status"] } ] }
            """);
        var records = temp.Write("tables/product.records.jsonl", "{\"id\":2,\"price\":3}\n{\"id\":1,\"price\":5,\"status\":\"live\"}\n");

        var text = string.Concat(new[] { api, table, records }.Select(f => CliRunner.Run(temp.Path, "textconv", f).Out));

        Approvals.Verify(text);
    }
}
