using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;
using XanoLink.Testing;

namespace XanoLink.Git.Tests.Publish;

/// <summary>Re-entry, renames and kept records under conditions the first tests did not cover.</summary>
public sealed class ReentryAttackTests
{
    private const string Orders = "apis/orders/get.json";
    private const string Categories = "tables/category.records.jsonl";

    [Fact]
    public void An_endpoint_the_tenant_renamed_while_out_of_the_selection_keeps_its_name_and_takes_the_source_change()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        SetApis(world, "products/*");
        world.Publish(merge: true);
        RenameTenantEndpoint(world, "orders/get", "orders/fetch");
        world.EditSource(Orders, j => j["description"] = "Reworded while out of the selection");
        world.CommitSource("Reword orders/get");
        SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        Assert.Null(world.TenantFile("acme", Orders));
        Assert.Contains("Reworded while out of the selection", world.TenantFile("acme", "apis/orders/fetch.json"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void An_endpoint_the_source_renamed_while_out_of_the_selection_comes_back_under_the_new_name_with_the_tenant_change()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        SetApis(world, "products/*");
        world.Publish(merge: true);
        world.EditTenant("acme", Orders, j => j["auth"] = "none");
        File.Move(Path.Combine(world.Source, Orders), Path.Combine(world.Source, "apis/orders/fetch.json"));
        world.EditSource("apis/orders/fetch.json", j => j["name"] = "orders/fetch");
        world.CommitSource("orders/get is now orders/fetch");
        SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        Assert.Null(world.TenantFile("acme", Orders));
        Assert.Equal("none", (string?)JObject.Parse(world.TenantFile("acme", "apis/orders/fetch.json")!)["auth"]);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void Records_that_come_back_under_a_table_the_source_renamed_meanwhile_take_the_source_record_changes()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditManifest(m => ((JObject)m["records"]!).Remove("category"));
        world.CommitSource("category: schema only");
        world.Publish(merge: true);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        RenameCategoryToKind(world, records: "all");
        world.CommitSource("category is now kind, records again");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        Assert.Null(world.TenantFile("acme", Categories));
        Assert.Contains("\"Green tea\"", world.TenantFile("acme", "tables/kind.records.jsonl"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void A_table_that_leaves_the_selection_while_the_source_renames_it_keeps_its_records_beside_it()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", Categories, null, rawText: world.TenantFile("acme", Categories) + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":null}\n");
        File.Move(Path.Combine(world.Source, "tables", "category.json"), Path.Combine(world.Source, "tables", "kind.json"));
        File.Move(Path.Combine(world.Source, Categories), Path.Combine(world.Source, "tables", "kind.records.jsonl"));
        world.EditSource("tables/kind.json", j => j["name"] = "kind");
        world.EditSource("tables/product.json", j => ((JObject)((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")).Remove("table"));
        world.EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == "category"));
            ((JObject)m["records"]!).Remove("category");
        });
        world.CommitSource("category renamed to kind and out of the selection");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        // Out of the selection, the table stays as the tenant has it, under its old name, and its records with it.
        Assert.NotNull(world.TenantFile("acme", "tables/category.json"));
        Assert.Null(world.TenantFile("acme", "tables/kind.json"));
        Assert.Contains("\"id\":100", world.TenantFile("acme", Categories), StringComparison.Ordinal);
        Assert.Null(world.TenantFile("acme", "tables/kind.records.jsonl"));
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void A_XanoScript_endpoint_without_a_guid_that_leaves_the_selection_stays_in_the_tenant_and_is_no_longer_managed()
    {
        const string endpoint = "api/products/list_get.xs";
        using var world = new XanoScriptPublishTests.World();
        world.EditSource(endpoint, t => t.Replace("  guid = \"api-products-list\"\n", "", StringComparison.Ordinal));
        world.CommitSource("An endpoint without a guid");
        Assert.All(world.Publish().Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        var before = world.TenantFile("acme", endpoint);
        world.EditSource("xanolink.json", t => t.Replace("\"apis\": \"*\"", "\"apis\": []", StringComparison.Ordinal));
        world.CommitSource("No endpoints");

        var outcome = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        Assert.DoesNotContain("list_get", GitTestRepo.Git(world.TenantPath("acme"), "ls-tree", "-r", "--name-only", "refs/xanolink/snapshots/ws-xs-shop"), StringComparison.Ordinal);
        Assert.Equal(before, world.TenantFile("acme", endpoint));
        Assert.Contains("api:products/products_GET", outcome.NoLongerManaged ?? []);
    }

    [Fact]
    public void A_XanoScript_endpoint_without_a_guid_whose_file_the_source_renames_arrives_once_not_twice()
    {
        const string endpoint = "api/products/list_get.xs";
        using var world = new XanoScriptPublishTests.World();
        world.EditSource(endpoint, t => t.Replace("  guid = \"api-products-list\"\n", "", StringComparison.Ordinal));
        world.CommitSource("An endpoint without a guid");
        Assert.All(world.Publish().Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        File.Move(Path.Combine(world.Source, endpoint), Path.Combine(world.Source, "api", "products", "10_list_get.xs"));
        world.CommitSource("The endpoint's file renamed, the endpoint not");

        var outcome = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        var files = world.TenantPaths("acme");
        Assert.Contains("api/products/10_list_get.xs", files);
        Assert.DoesNotContain(endpoint, files);
        Assert.Empty(outcome.NoLongerManaged ?? []);
    }

    [Fact]
    public void A_XanoScript_endpoint_that_leaves_the_selection_is_reported_by_its_item_key_not_its_file_name()
    {
        using var world = new XanoScriptPublishTests.World();
        world.Publish();
        world.EditSource("xanolink.json", t => t.Replace("\"apis\": \"*\"", "\"apis\": []", StringComparison.Ordinal));
        world.CommitSource("No endpoints");

        var outcome = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Contains("api:products/products_GET", outcome.NoLongerManaged ?? []);
        Assert.DoesNotContain(outcome.NoLongerManaged ?? [], k => k.Contains("list_get", StringComparison.Ordinal));
    }

    [Fact]
    public void A_XanoScript_endpoint_without_a_guid_that_comes_back_takes_the_source_change_made_while_it_was_out()
    {
        const string endpoint = "api/products/list_get.xs";
        using var world = new XanoScriptPublishTests.World();
        world.EditSource(endpoint, t => t.Replace("  guid = \"api-products-list\"\n", "", StringComparison.Ordinal));
        world.CommitSource("An endpoint without a guid");
        Assert.All(world.Publish().Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        world.EditSource("xanolink.json", t => t.Replace("\"apis\": \"*\"", "\"apis\": []", StringComparison.Ordinal));
        world.CommitSource("No endpoints");
        Assert.All(world.Publish().Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        world.EditSource(endpoint, t => t.Replace("List products", "List the shop's products", StringComparison.Ordinal));
        world.EditSource("xanolink.json", t => t.Replace("\"apis\": []", "\"apis\": \"*\"", StringComparison.Ordinal));
        world.CommitSource("Endpoints again, one reworded");

        var back = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        Assert.Contains("List the shop's products", world.TenantFile("acme", endpoint), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tenant_table_at_the_name_a_source_rename_moves_to_is_a_guid_collision_and_nothing_is_written()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", "tables/kind.json", j =>
        {
            j["guid"] = "tbl-acme-kind";
            j["name"] = "kind";
            j["fields"] = new JArray(new JObject { ["name"] = "id", ["type"] = "int" }, new JObject { ["name"] = "label", ["type"] = "text" });
        });
        world.EditTenant("acme", "tables/kind.records.jsonl", null, rawText: "{\"id\":1,\"label\":\"Acme's own kind\"}\n");
        RenameCategoryToKind(world, records: null);
        world.CommitSource("category is now kind, schema only");
        var before = PublishWorld.Refs(world.TenantPath("acme"));

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(("XL4011", PublishStatus.Failed), (outcome.Code, outcome.Status));
        Assert.Equal(before, PublishWorld.Refs(world.TenantPath("acme")));
    }

    [Fact]
    public void Forged_earlier_snapshots_holding_unreadable_files_give_no_base_and_no_crash()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        SetApis(world, "products/*");
        world.EditManifest(m => ((JObject)m["records"]!).Remove("category"));
        world.CommitSource("category: schema only");
        world.Publish(merge: true);
        ForgeEarlierSnapshot(world, new Dictionary<string, string?>
        {
            [Orders] = "\u0000\u00ff not json {{{" + new string('[', 100_000),
            [Categories] = "not json\n[1]\n{\"name\":\"no id\"}\n{\"id\":2,\"name\":\"one\"}\n{\"id\":2,\"name\":\"two\"}\n{\"id\":\"2\",\"name\":\"text\"}\n" + new string('{', 100_000),
        });
        world.EditSource(Orders, j => j["description"] = "Reworded while out of the selection");
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.EditManifest(m => m["records"]!["category"] = "all");
        world.CommitSource("category records again, Tea renamed");
        SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status is PublishStatus.Published or PublishStatus.Conflict, Describe(back));
        Assert.Null(back.Error is { } e && e.Contains(" at ", StringComparison.Ordinal) ? e : null);
    }

    [Fact]
    public void Records_that_come_back_into_a_tenant_file_with_a_repeated_id_and_a_text_id_publish_without_a_crash()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditManifest(m => ((JObject)m["records"]!).Remove("category"));
        world.CommitSource("category: schema only");
        world.Publish(merge: true);
        world.EditTenant("acme", Categories, null, rawText: world.TenantFile("acme", Categories)
            + "{\"id\":2,\"name\":\"Tea again\",\"slug\":\"tea2\",\"description\":null}\n{\"id\":\"3\",\"name\":\"Text id\",\"slug\":\"t\",\"description\":null}\n");
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.EditManifest(m => m["records"]!["category"] = "all");
        world.CommitSource("category records again, Tea renamed");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status is PublishStatus.Published or PublishStatus.Conflict, Describe(back));
        Assert.Contains("\"id\":\"3\"", world.TenantFile("acme", Categories), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reentry_conflict_settled_for_the_source_keeps_the_tenant_change_to_another_member()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        SetApis(world, "products/*");
        world.Publish(merge: true);
        world.EditTenant("acme", Orders, j =>
        {
            j["description"] = "Acme's words";
            j["auth"] = "none";
        });
        world.EditSource(Orders, j => j["description"] = "Source words");
        world.CommitSource("Reword orders/get");
        SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true, onConflict: XanoLink.Merge.MergePolicy.Theirs).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        var merged = JObject.Parse(world.TenantFile("acme", Orders)!);
        Assert.Equal(("Source words", "none"), ((string?)merged["description"], (string?)merged["auth"]));
        Assert.Single(back.Settled ?? []);
    }

    [Fact]
    public void A_XanoScript_table_the_source_renames_and_stops_sending_records_of_keeps_the_tenant_records_with_it()
    {
        using var world = new XanoScriptPublishTests.World();
        world.Publish();
        world.EditTenant("acme", "table/product.records.jsonl", t => t + "{\"id\":100,\"name\":\"Acme's\",\"price\":3}\n");
        File.Move(Path.Combine(world.Source, "table/product.xs"), Path.Combine(world.Source, "table/item.xs"));
        File.Move(Path.Combine(world.Source, "table/product.records.jsonl"), Path.Combine(world.Source, "table/item.records.jsonl"));
        world.EditSource("table/item.xs", t => t.Replace("table product {", "table item {", StringComparison.Ordinal));
        world.EditSource("api/products/list_get.xs", t => t.Replace("db.query product {", "db.query item {", StringComparison.Ordinal));
        world.EditSource("xanolink.json", t =>
        {
            var manifest = JObject.Parse(t);
            manifest["records"] = new JObject();
            return XanoLink.Json.CanonicalJson.ToText(manifest);
        });
        world.CommitSource("product is now item, schema only");

        var outcome = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        Assert.Null(world.TenantFile("acme", "table/product.records.jsonl"));
        Assert.Contains("\"id\":100", world.TenantFile("acme", "table/item.records.jsonl"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish().Tenants.Single(t => t.Name == "acme").Status);
    }

    [Theory]
    [InlineData(FaultPoints.BranchMoved)]
    [InlineData(FaultPoints.SnapshotRefMoved)]
    public void A_reentry_after_a_source_rename_killed_before_live_moved_completes_on_the_rerun(string point)
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        SetApis(world, "products/*");
        world.Publish(merge: true);
        world.EditTenant("acme", Orders, j => j["auth"] = "none");
        File.Move(Path.Combine(world.Source, Orders), Path.Combine(world.Source, "apis/orders/fetch.json"));
        world.EditSource("apis/orders/fetch.json", j => j["name"] = "orders/fetch");
        world.CommitSource("orders/get is now orders/fetch");
        SetApis(world, "products/*", "orders/*");
        FaultPoints.Current = p =>
        {
            if (p == point)
            {
                throw new InvalidOperationException("killed at " + p);
            }
        };
        try
        {
            _ = Record.Exception(() => world.Publish(merge: true));
        }
        finally
        {
            FaultPoints.Current = null;
        }

        Assert.NotNull(world.TenantFile("acme", Orders));
        var rerun = world.Publish(merge: true).Tenants.Single();

        Assert.True(rerun.Status == PublishStatus.Published, Describe(rerun));
        Assert.Null(world.TenantFile("acme", Orders));
        Assert.Equal("none", (string?)JObject.Parse(world.TenantFile("acme", "apis/orders/fetch.json")!)["auth"]);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
        world.FsckTenants();
    }

    [Fact]
    public void Tenant_records_of_a_schema_only_table_follow_a_source_rename()
    {
        using var world = new PublishWorld("acme");
        world.EditManifest(m => ((JObject)m["records"]!).Remove("category"));
        world.CommitSource("category: schema only");
        world.Publish(merge: true);
        world.EditTenant("acme", Categories, null, rawText: "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":null}\n");
        RenameCategoryToKind(world, records: null);
        world.CommitSource("category is now kind");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        Assert.Null(world.TenantFile("acme", Categories));
        Assert.Contains("\"id\":100", world.TenantFile("acme", "tables/kind.records.jsonl"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void A_table_the_tenant_renamed_while_out_of_the_selection_keeps_its_name_and_records_and_takes_the_source_record_change()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditSource("tables/product.json", j => ((JObject)((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")).Remove("table"));
        world.EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == "category"));
            ((JObject)m["records"]!).Remove("category");
        });
        world.CommitSource("category out of the selection");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true).Tenants.Single().Status);
        var table = JObject.Parse(world.TenantFile("acme", "tables/category.json")!);
        table["name"] = "cat";
        using (var repo = new Repository(world.TenantPath("acme")))
        {
            PublishWorld.Commit(repo, "main", "Tenant renames category to cat", new Dictionary<string, string?>
            {
                ["tables/category.json"] = null,
                [Categories] = null,
                ["tables/cat.json"] = XanoLink.Json.CanonicalJson.ToText(table),
                ["tables/cat.records.jsonl"] = world.TenantFile("acme", Categories) + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":null}\n",
            });
        }

        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.EditSource("tables/product.json", j => ((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")["table"] = "category");
        world.EditManifest(m =>
        {
            ((JArray)m["include"]!["tables"]!).Add("category");
            m["records"]!["category"] = "all";
        });
        world.CommitSource("category back, Tea renamed");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        Assert.Null(world.TenantFile("acme", "tables/category.json"));
        var records = world.TenantFile("acme", "tables/cat.records.jsonl")!;
        Assert.Contains("\"Green tea\"", records, StringComparison.Ordinal);
        Assert.Contains("\"id\":100", records, StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    /// <summary>
    /// The tenant rewrites its history: live gets a commit claiming to be a snapshot of the source (the base, with live's
    /// tree less what came back later), whose first parent claims to be an earlier snapshot holding <paramref name="files"/>.
    /// </summary>
    private static void ForgeEarlierSnapshot(PublishWorld world, Dictionary<string, string?> files)
    {
        using var repo = new Repository(world.TenantPath("acme"));
        var tip = repo.Branches["main"].Tip;
        var trailers = $"\n\nXanoLink-Source: shop:source\nXanoLink-Source-Guid: {PublishWorld.SourceGuid}\nXanoLink-Source-Commit: {new string('a', 40)}\nXanoLink-Branch: link/forged\n";
        var snapshot = repo.Lookup<Commit>(repo.Refs["refs/xanolink/snapshots/" + PublishWorld.SourceGuid].TargetIdentifier);
        var forgedTree = TreeDefinition.From(snapshot.Tree);
        foreach (var (path, content) in files)
        {
            forgedTree.Add(path, repo.ObjectDatabase.CreateBlob(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content!))), Mode.NonExecutableFile);
        }

        var earlier = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, "Forged earlier" + trailers, repo.ObjectDatabase.CreateTree(forgedTree), [tip], prettifyMessage: false);
        var @base = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, "Forged base" + trailers, snapshot.Tree, [earlier], prettifyMessage: false);
        var live = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, "Tenant\n", tip.Tree, [@base], prettifyMessage: false);
        repo.Refs.UpdateTarget(repo.Refs["refs/heads/main"], live.Id);
    }

    private static void RenameTenantEndpoint(PublishWorld world, string from, string to)
    {
        var text = world.TenantFile("acme", $"apis/{from}.json")!;
        var json = JObject.Parse(text);
        json["name"] = to;
        using var repo = new Repository(world.TenantPath("acme"));
        PublishWorld.Commit(repo, "main", "Tenant renames " + from, new Dictionary<string, string?> { [$"apis/{from}.json"] = null, [$"apis/{to}.json"] = XanoLink.Json.CanonicalJson.ToText(json) });
    }

    private static void RenameCategoryToKind(PublishWorld world, string? records)
    {
        File.Move(Path.Combine(world.Source, "tables", "category.json"), Path.Combine(world.Source, "tables", "kind.json"));
        File.Move(Path.Combine(world.Source, Categories), Path.Combine(world.Source, "tables", "kind.records.jsonl"));
        world.EditSource("tables/kind.json", j => j["name"] = "kind");
        world.EditSource("tables/product.json", j => ((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")["table"] = "kind");
        world.EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == "category"));
            tables.Add("kind");
            ((JObject)m["records"]!).Remove("category");
            if (records is not null)
            {
                m["records"]!["kind"] = records;
            }
        });
    }

    private static string Describe(TenantOutcome outcome) =>
        $"{outcome.Status} {outcome.Code} {outcome.Error}\n" + string.Join("\n", (outcome.Conflicts ?? []).Concat(outcome.DataLoss ?? []));

    private static void SetApis(PublishWorld world, params string[] apis)
    {
        world.EditManifest(m => m["include"]!["apis"] = new JArray(apis));
        world.CommitSource("apis: " + string.Join(", ", apis));
    }
}
