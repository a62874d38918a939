using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Publish;

/// <summary>
/// Issue 5's acceptance story through the command line: a copy of the example as the source repository,
/// tenants made with `tenant create`, publishes with merge, a conflict, a guid collision and its repair.
/// </summary>
public sealed class PublishCommandTests : IDisposable
{
    private readonly TempDirectory temp = new("xlpub");
    private readonly string source;

    public PublishCommandTests()
    {
        source = temp.Combine("source");
        GitCli.CopyFolder(RepositoryRoot.Combine("example-source-workspace"), source);
        GitCli.InitAndCommit(source, "Shop source");
        Environment.SetEnvironmentVariable("GIT_AUTHOR_NAME", GitCli.Name);
        Environment.SetEnvironmentVariable("GIT_AUTHOR_EMAIL", GitCli.Email);
        Environment.SetEnvironmentVariable("GIT_COMMITTER_NAME", GitCli.Name);
        Environment.SetEnvironmentVariable("GIT_COMMITTER_EMAIL", GitCli.Email);
        foreach (var tenant in new[] { "shop:acme", "shop:globex", "shop:initech" })
        {
            Assert.Equal(0, Xl("tenant", "create", tenant).ExitCode);
        }
    }

    private string Tenant(string name) => temp.Combine("tenants", name + ".git");

    private CliRunner.Result Xl(params string[] args) => CliRunner.Run(source, args);

    private JObject Json(params string[] args)
    {
        var result = Xl([.. args, "--format", "json"]);
        return JObject.Parse(result.Out);
    }

    /// <summary>Changes a file on a tenant's live branch the way a person would: clone, edit, commit, push.</summary>
    private void EditTenant(string tenant, string path, Func<string?, string> edit)
    {
        var clone = temp.Combine("clones", tenant + "-" + Guid.NewGuid().ToString("N")[..6]);
        GitCli.Run(temp.Path, "clone", "-q", Tenant(tenant), clone);
        var file = Path.Combine(clone, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, edit(File.Exists(file) ? File.ReadAllText(file) : null));
        GitCli.Run(clone, "add", "-A");
        GitCli.Run(clone, "commit", "-q", "-m", $"{tenant} edits {path}");
        GitCli.Run(clone, "push", "-q", "origin", "main");
    }

    private void EditSource(string path, Action<JObject> edit)
    {
        var file = Path.Combine(source, path);
        var json = JObject.Parse(File.ReadAllText(file));
        edit(json);
        File.WriteAllText(file, json.ToString());
        GitCli.Run(source, "commit", "-q", "-am", $"source edits {path}");
    }

    private static string Description(string? json, string text)
    {
        var obj = JObject.Parse(json!);
        obj["description"] = text;
        return obj.ToString();
    }

    [Fact]
    public void A_customized_tenant_keeps_its_table_and_field_and_gets_the_source_change()
    {
        var first = Json("publish", "--merge");
        Assert.All(first["tenants"]!, t => Assert.Equal("published", (string?)t["status"]));

        EditTenant("shop-acme", "tables/loyalty_card.json", _ => """{ "guid": "acme-loyalty", "name": "loyalty_card", "fields": [ { "name": "id", "type": "int" } ] }""");
        EditTenant("shop-acme", "tables/product.json", json =>
        {
            var table = JObject.Parse(json!);
            ((JArray)table["fields"]!).Add(JObject.Parse("""{ "name": "acme_sku", "type": "text" }"""));
            return table.ToString();
        });
        EditSource("apis/products/create.json", e => e["description"] = "Add a product (v2)");

        var second = Json("publish", "--merge");
        Assert.All(second["tenants"]!, t => Assert.Equal("published", (string?)t["status"]));
        var acme = Tenant("shop-acme");
        Assert.Contains("acme_sku", GitCli.Run(acme, "show", "main:tables/product.json"), StringComparison.Ordinal);
        Assert.Contains("loyalty_card", GitCli.Run(acme, "show", "main:tables/loyalty_card.json"), StringComparison.Ordinal);
        Assert.Contains("Add a product (v2)", GitCli.Run(acme, "show", "main:apis/products/create.json"), StringComparison.Ordinal);

        // The snapshot line: the second snapshot's parent is the first; live holds the merges.
        var log = GitCli.Run(acme, "log", "--format=%s", "main");
        Assert.Contains("Merge shop:source", log, StringComparison.Ordinal);
        var snapshot = (string)second["tenants"]!.Single(t => (string?)t["name"] == "shop:acme")!["commit"]!;
        var firstSnapshot = (string)first["tenants"]!.Single(t => (string?)t["name"] == "shop:acme")!["commit"]!;
        Assert.Equal(firstSnapshot, GitCli.Run(acme, "rev-parse", snapshot + "^").Trim());
        GitCli.Run(acme, "fsck", "--strict", "--no-progress");

        var again = Json("publish", "--merge");
        Assert.All(again["tenants"]!, t => Assert.Equal("up-to-date", (string?)t["status"]));

        var status = Json("status");
        var acmeStatus = status["tenants"]!.Single(t => (string?)t["name"] == "shop:acme")!;
        Assert.True((bool)acmeStatus["upToDate"]!);
        Assert.Equal(["table:product"], acmeStatus["drift"]!.Select(d => (string)d!));
    }

    [Fact]
    public void The_same_member_edited_in_source_and_tenant_is_a_conflict_that_leaves_the_tenant_untouched_until_resolved()
    {
        Assert.Equal(0, Xl("publish", "--merge").ExitCode);
        EditTenant("shop-globex", "apis/products/create.json", json => Description(json, "Globex wording"));
        EditSource("apis/products/create.json", e => e["description"] = "Source wording");
        var globex = Tenant("shop-globex");
        var refsBefore = GitCli.Run(globex, "for-each-ref");

        var conflicted = Xl("publish", "--merge", "--tenant", "shop:globex", "--format", "json");
        Assert.Equal(1, conflicted.ExitCode);
        var outcome = JObject.Parse(conflicted.Out)["tenants"]!.Single();
        Assert.Equal("conflict", (string?)outcome["status"]);
        Assert.Contains("api:products/create", outcome.ToString(), StringComparison.Ordinal);
        Assert.Equal(refsBefore, GitCli.Run(globex, "for-each-ref"));

        // In publish's words: the options' (source, tenant), not Git's (theirs, ours), and the next step.
        Assert.Equal(
            "api:products/create description: changed differently on both sides (tenant \"Globex wording\", source \"Source wording\")",
            (string?)outcome["conflicts"]!.Single());
        var text = Xl("publish", "--merge", "--tenant", "shop:globex");
        Assert.StartsWith("shop:globex: conflict XL4012, left untouched: the merge into 'main' has 1 conflict(s)", text.Out, StringComparison.Ordinal);
        Assert.Contains(
            "\n  conflict: api:products/create description: changed differently on both sides (tenant \"Globex wording\", source \"Source wording\")\n"
            + "  next: xanolink publish --tenant shop:globex --on-conflict source|tenant (take the source's or keep the tenant's value), or change the tenant and publish again\n",
            text.Out,
            StringComparison.Ordinal);
        Assert.Contains("--on-conflict source|tenant", Xl("plan", "--tenant", "shop:globex").Out, StringComparison.Ordinal);

        var settled = Xl("plan", "--merge", "--tenant", "shop:globex", "--on-conflict", "source", "--format", "json");
        Assert.Equal(0, settled.ExitCode);
        Assert.EndsWith("; took the source's (--on-conflict source)", (string?)JObject.Parse(settled.Out)["tenants"]![0]!["settled"]![0], StringComparison.Ordinal);
        Assert.Equal(0, Xl("publish", "--merge", "--tenant", "shop:globex", "--on-conflict", "source").ExitCode);
        Assert.Contains("Source wording", GitCli.Run(globex, "show", "main:apis/products/create.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_come_in_tenant_name_order_at_the_end_and_progress_only_on_a_terminals_stderr()
    {
        var redirected = Xl("publish", "--merge", "--parallel", "3");
        Assert.Equal(0, redirected.ExitCode);
        Assert.Equal("", redirected.Error);
        Assert.Equal(["shop:acme: published", "shop:globex: published", "shop:initech: published"], redirected.Out.Split('\n').Take(3).Select(l => l[..(l.IndexOf(" published", StringComparison.Ordinal) + 10)]));

        EditSource("apis/products/create.json", e => e["description"] = "Again");
        var terminal = CliRunner.Run(source, terminal: true, "publish", "--merge", "--parallel", "3");
        Assert.Equal(0, terminal.ExitCode);
        Assert.DoesNotContain('\r', terminal.Out);
        Assert.Contains("\rpublishing 3/3 ... ", terminal.Error, StringComparison.Ordinal);
        Assert.Equal(["shop:acme", "shop:globex", "shop:initech"], terminal.Out.Split('\n').Take(3).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_guid_collision_fails_that_tenant_naming_adopt_guids_and_publishes_without_duplicates_after_it()
    {
        EditTenant("shop-initech", "tables/product.json", _ => """{ "guid": "initech-own-product", "name": "product", "fields": [ { "name": "id", "type": "int" }, { "name": "legacy_code", "type": "text" } ] }""");

        var failed = Xl("publish", "--merge", "--format", "json");
        Assert.Equal(1, failed.ExitCode);
        var tenants = JObject.Parse(failed.Out)["tenants"]!;
        var initech = tenants.Single(t => (string?)t["name"] == "shop:initech")!;
        Assert.Equal("failed", (string?)initech["status"]);
        Assert.Contains("adopt-guids", (string?)initech["error"], StringComparison.Ordinal);
        Assert.All(tenants.Where(t => (string?)t["name"] != "shop:initech"), t => Assert.Equal("published", (string?)t["status"]));

        Assert.Equal(0, Xl("adopt-guids", "--tenant", "shop:initech").ExitCode);
        Assert.Equal(0, Xl("publish", "--merge", "--tenant", "shop:initech").ExitCode);

        var initechRepo = Tenant("shop-initech");
        var product = JObject.Parse(GitCli.Run(initechRepo, "show", "main:tables/product.json"));
        var sourceGuid = (string?)JObject.Parse(File.ReadAllText(Path.Combine(source, "tables", "product.json")))["guid"];
        Assert.Equal(sourceGuid, (string?)product["guid"]);
        Assert.Contains(product["fields"]!, f => (string?)f["name"] == "legacy_code");
        var tables = GitCli.Run(initechRepo, "ls-tree", "--name-only", "main", "tables/").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(tables, t => t.Contains("product.json", StringComparison.Ordinal));
        GitCli.Run(initechRepo, "fsck", "--strict", "--no-progress");
    }

    [Fact]
    public void Uncommitted_changes_are_named_and_not_sent()
    {
        File.WriteAllText(Path.Combine(source, "tables", "scratch.json"), """{ "guid": "scratch", "name": "scratch", "fields": [ { "name": "id", "type": "int" } ] }""");
        var result = Xl("publish", "--merge", "--tenant", "shop:acme");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 uncommitted change(s), which are not sent", result.Error, StringComparison.Ordinal);
        Assert.Equal(128, GitCli.TryRun(Tenant("shop-acme"), "cat-file", "-e", "main:tables/scratch.json").Code);
    }

    [Fact]
    public void A_report_written_at_the_top_of_the_workspace_is_no_uncommitted_change()
    {
        // As the CI recipes do: xanolink publish --format json > publish-1.json creates the file before publish looks.
        File.WriteAllText(Path.Combine(source, "publish-1.json"), "");
        File.WriteAllText(Path.Combine(source, "notes.md"), "notes\n");

        var result = Xl("publish", "--merge", "--tenant", "shop:acme");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("XL4052", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_published_without_merge_arrives_with_the_next_publish_with_merge()
    {
        var first = JObject.Parse(Xl("publish", "--no-merge", "--tenant", "shop:acme", "--format", "json").Out)["tenants"]!.Single();
        Assert.Equal(("published", false), ((string?)first["status"], (bool)first["merged"]!));
        Assert.Equal(128, GitCli.TryRun(Tenant("shop-acme"), "cat-file", "-e", "main:apis/products/create.json").Code);

        var again = JObject.Parse(Xl("publish", "--merge", "--tenant", "shop:acme", "--format", "json").Out)["tenants"]!.Single();
        Assert.Equal(("published", true, (string?)first["commit"]), ((string?)again["status"], (bool)again["merged"]!, (string?)again["commit"]));
        Assert.Equal(0, GitCli.TryRun(Tenant("shop-acme"), "cat-file", "-e", "main:apis/products/create.json").Code);

        var third = Xl("publish", "--merge", "--tenant", "shop:acme");
        Assert.Contains("up to date", third.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", third.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tenant_locked_by_a_running_publish_fails_clearly_and_a_lock_left_by_a_dead_one_is_broken()
    {
        var acme = Tenant("shop-acme");
        var lockFile = Path.Combine(acme, "xanolink-publish.lock");
        var refsBefore = GitCli.Run(acme, "for-each-ref");
        File.WriteAllText(lockFile, $"pid {Environment.ProcessId}\nhost {Environment.MachineName}\nsince 2026-01-01T00:00:00+00:00\n");

        var locked = Xl("publish", "--merge", "--tenant", "shop:acme", "--lock-timeout", "0");
        Assert.Equal(1, locked.ExitCode);
        Assert.Contains($"shop:acme: failed XL4008: it is locked by another publish (pid {Environment.ProcessId}", locked.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("tenant shop:acme", locked.Out, StringComparison.Ordinal);
        Assert.Equal(refsBefore, GitCli.Run(acme, "for-each-ref"));

        // A pid no process has: the publish that held the lock was killed, so the lock is broken and the publish goes on.
        File.WriteAllText(lockFile, $"pid 2147483646\nhost {Environment.MachineName}\nsince 2026-01-01T00:00:00+00:00\n");
        var broken = Xl("publish", "--merge", "--tenant", "shop:acme", "--lock-timeout", "0");
        Assert.Equal(0, broken.ExitCode);
        Assert.Contains("XL4009: cleared the lock of a publish that was killed (pid 2147483646", broken.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(lockFile));
    }

    public void Dispose() => temp.Dispose();
}
