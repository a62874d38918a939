using LibGit2Sharp;
using XanoLink.Formats;
using XanoLink.Git.Publish;
using XanoLink.Git.Tenants;
using XanoLink.Testing;

namespace XanoLink.Git.Tests.Publish;

/// <summary>A XanoScript source (files in Xano's style and layout) published into XanoScript tenants made by tenant create.</summary>
public sealed class XanoScriptPublishTests
{
    private const string Table = "table/product.xs";
    private const string Endpoint = "api/products/list_get.xs";

    private static readonly Dictionary<string, string> SourceFiles = new(StringComparer.Ordinal)
    {
        ["workspace.json"] = "{\n  \"guid\": \"ws-xs-shop\",\n  \"name\": \"shop:source\"\n}\n",
        ["xanolink.json"] = """
            {
              "include": { "apis": "*", "functions": "*", "tables": "*" },
              "records": { "product": "all" },
              "publish": { "branch": "link/{source}-{shortSha}", "merge": true, "setLive": false }
            }

            """,
        [Table] = """
            // Items for sale
            table product {
              auth = false
              guid = "tbl-product"

              schema {
                int id
                text name filters=trim
                decimal price?=0 filters=min:0
              }
            }
            """,
        ["table/product.records.jsonl"] = "{\"id\":1,\"name\":\"Lamp\",\"price\":10}\n",
        ["api/products/api_group.xs"] = """
            api_group products {
              guid = "grp-products"
            }
            """,
        [Endpoint] = """
            query products verb=GET {
              api_group = "products"
              description = "List products"
              guid = "api-products-list"

              input {
                int page?=1 filters=min:1
              }

              stack {
                db.query product {
                  return = {type: "list"}
                } as $products
              
                function.run "billing/tax" {
                  input = {price: 1}
                } as $tax
              }

              response = $products
            }
            """,
        ["function/billing/tax.xs"] = """
            function "billing/tax" {
              guid = "fn-tax"

              input {
                decimal price
              }

              stack {
                var $tax {
                  value = $input.price * 0.2
                }
              }

              response = $tax
            }
            """,
    };

    [Fact]
    public void The_source_files_are_in_Xanos_style()
    {
        foreach (var (path, text) in SourceFiles.Where(f => f.Key.EndsWith(".xs", StringComparison.Ordinal)))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            Assert.Equal(text, System.Text.Encoding.UTF8.GetString(ObjectFiles.Formatted(path, bytes) ?? []));
        }
    }

    [Fact]
    public void Publishing_into_two_new_XanoScript_tenants_writes_each_unchanged_object_byte_for_byte()
    {
        using var world = new World();
        foreach (var tenant in new[] { "acme", "globex" })
        {
            Assert.Contains("\"format\": \"xanoscript\"", world.TenantFile(tenant, "workspace.json"), StringComparison.Ordinal);
        }

        var report = world.Publish();

        Assert.All(report.Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        foreach (var tenant in new[] { "acme", "globex" })
        {
            foreach (var (path, text) in SourceFiles.Where(f => f.Key.EndsWith(".xs", StringComparison.Ordinal) || f.Key.EndsWith(".jsonl", StringComparison.Ordinal)))
            {
                Assert.Equal(text, world.TenantFile(tenant, path));
            }

            Assert.DoesNotContain(world.TenantPaths(tenant), p => p.EndsWith(".json", StringComparison.Ordinal) && p != "workspace.json");
        }
    }

    [Fact]
    public void A_tenant_field_and_a_source_field_merge_into_one_table_printed_in_Xanos_style()
    {
        using var world = new World();
        world.Publish();
        world.EditTenant("acme", Table, t => t.Replace("    decimal price?=0 filters=min:0\n", "    decimal price?=0 filters=min:0\n    text acme_code?\n", StringComparison.Ordinal));
        world.EditSource(Table, t => t.Replace("    text name filters=trim\n", "    text name filters=trim\n    int stock?=0\n", StringComparison.Ordinal));
        world.EditSource(Endpoint, t => t.Replace("List products", "List the shop's products", StringComparison.Ordinal));
        world.CommitSource("Stock and a better description");

        var report = world.Publish();

        Assert.All(report.Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        var merged = world.TenantFile("acme", Table)!;
        Assert.Equal(
            SourceFiles[Table].Replace("    text name filters=trim\n", "    text name filters=trim\n    int stock?=0\n", StringComparison.Ordinal)
                .Replace("    decimal price?=0 filters=min:0\n", "    decimal price?=0 filters=min:0\n    text acme_code?\n", StringComparison.Ordinal),
            merged);
        Assert.Equal(File.ReadAllText(Path.Combine(world.Source, Endpoint)), world.TenantFile("acme", Endpoint));
        Assert.Equal(File.ReadAllText(Path.Combine(world.Source, Table)), world.TenantFile("globex", Table));
        world.Fsck();
    }

    [Fact]
    public void A_field_dropped_from_a_XanoScript_table_that_tenant_records_hold_is_refused_unless_data_loss_is_allowed()
    {
        using var world = new World();
        world.Publish();
        world.EditTenant("acme", "table/product.records.jsonl", t => t + "{\"id\":100,\"name\":\"Acme's\",\"price\":3}\n");
        world.EditSource(Table, t => t.Replace("    decimal price?=0 filters=min:0\n", "", StringComparison.Ordinal));
        world.EditSource("table/product.records.jsonl", _ => "{\"id\":1,\"name\":\"Lamp\"}\n");
        world.CommitSource("Drop product.price");
        var before = PublishWorld.Refs(world.TenantPath("acme"));

        var refused = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.Equal(PublishStatus.Failed, refused.Status);
        Assert.Equal("XL4020", refused.Code);
        Assert.Contains(refused.DataLoss ?? [], l => l.Contains("price", StringComparison.Ordinal) && l.Contains("table:product", StringComparison.Ordinal));
        Assert.Equal(before, PublishWorld.Refs(world.TenantPath("acme")));

        var allowed = Publisher.Run(new PublishRequest(world.Source, Merge: true, AllowDataLoss: true)).Tenants.Single(t => t.Name == "acme");

        Assert.Equal(PublishStatus.Published, allowed.Status);
        var records = world.TenantFile("acme", "table/product.records.jsonl")!;
        Assert.Contains("\"id\":100", records, StringComparison.Ordinal);
        Assert.DoesNotContain("\"price\"", records, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_tenant_is_refused_for_a_XanoScript_source_with_XL2031_and_left_untouched()
    {
        using var world = new World();
        TenantCreator.Create(world.Source, "initech", world.TenantPath("initech"));
        using (var repo = new Repository(world.TenantPath("initech")))
        {
            PublishWorld.Commit(repo, "main", "A JSON object", new Dictionary<string, string?> { ["tables/old.json"] = "{\n  \"name\": \"old\"\n}\n" });
        }

        world.CommitSource("Register initech");
        var before = PublishWorld.Refs(world.TenantPath("initech"));

        var report = world.Publish();

        Assert.Equal(PublishStatus.Published, report.Tenants.Single(t => t.Name == "acme").Status);
        var initech = report.Tenants.Single(t => t.Name == "initech");
        Assert.Equal(PublishStatus.Failed, initech.Status);
        Assert.Equal("XL2031", initech.Code);
        Assert.Contains("holds a json workspace and the source is xanoscript", initech.Error, StringComparison.Ordinal);
        Assert.Equal(before, PublishWorld.Refs(world.TenantPath("initech")));
    }

    [Fact]
    public void A_tenant_marked_XanoScript_is_refused_for_a_JSON_source()
    {
        using var world = new PublishWorld("acme");
        world.EditTenant("acme", "workspace.json", j => j["format"] = "xanoscript");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Failed, outcome.Status);
        Assert.Equal("XL2031", outcome.Code);
    }

    internal sealed class World : IDisposable
    {
        private readonly TempDirectory temp = new("xlxspub");

        public World()
        {
            Source = temp.Combine("source");
            foreach (var (path, text) in SourceFiles)
            {
                temp.Write("source/" + path, text);
            }

            Repository.Init(Source);
            GitTestRepo.Git(Source, "symbolic-ref", "HEAD", "refs/heads/main");
            foreach (var tenant in new[] { "acme", "globex" })
            {
                TenantCreator.Create(Source, tenant, TenantPath(tenant), XanoLink.Model.WorkspaceFormat.XanoScript);
            }

            CommitSource("XanoScript source");
        }

        public string Source { get; }

        public string TenantPath(string name) => temp.Combine("tenants", name + ".git");

        public PublishReport Publish() => Publisher.Run(new PublishRequest(Source, Merge: true));

        public string CommitSource(string message)
        {
            GitTestRepo.Git(Source, "add", "-A");
            GitTestRepo.Git(Source, "commit", "-q", "--allow-empty", "-m", message);
            return GitTestRepo.Git(Source, "rev-parse", "HEAD").Trim();
        }

        public void EditSource(string path, Func<string, string> edit)
        {
            var full = Path.Combine(Source, path);
            var before = File.ReadAllText(full);
            var after = edit(before);
            Assert.NotEqual(before, after);
            File.WriteAllText(full, after);
        }

        public void EditTenant(string tenant, string path, Func<string, string> edit)
        {
            using var repo = new Repository(TenantPath(tenant));
            var before = ((Blob)repo.Branches["main"].Tip[path].Target).GetContentText();
            var after = edit(before);
            Assert.NotEqual(before, after);
            PublishWorld.Commit(repo, "main", "Tenant edits " + path, new Dictionary<string, string?> { [path] = after });
        }

        public string? TenantFile(string tenant, string path)
        {
            using var repo = new Repository(TenantPath(tenant));
            return (repo.Branches["main"]?.Tip[path]?.Target as Blob)?.GetContentText();
        }

        public string[] TenantPaths(string tenant) =>
            GitTestRepo.Git(TenantPath(tenant), "ls-tree", "-r", "--name-only", "main").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public void Fsck()
        {
            foreach (var tenant in new[] { "acme", "globex" })
            {
                PublishWorld.Fsck(TenantPath(tenant));
            }
        }

        public void Dispose() => temp.Dispose();
    }
}
