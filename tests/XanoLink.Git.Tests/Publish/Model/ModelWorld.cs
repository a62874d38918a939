using System.Text;
using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;
using XanoLink.Git.Tenants;
using XanoLink.Json;
using XanoLink.Merge;

namespace XanoLink.Git.Tests.Publish.Model;

/// <summary>A publish that a test stopped at a fault point, as a kill would.</summary>
internal sealed class KilledException(string point) : Exception("killed at " + point);

/// <summary>
/// The model-based test's world: the example source and two tenants, random source edits, tenant edits and publishes (with
/// kills), and after every step the invariants of issue 9: nothing the tenant owns is lost without --allow-data-loss, the
/// source's objects arrive unless the tenant customized them, repositories stay sound, plan agrees with publish, status
/// with plan, and a rerun (also after a kill) converges to what an unkilled publish gives.
/// </summary>
internal sealed class ModelWorld : IDisposable
{
    private static readonly string[] Endpoints = ["apis/products/get.json", "apis/orders/get.json", "functions/util/slugify.json"];
    private static readonly string[] Tenants = ["acme", "globex"];

    private readonly PublishWorld world = new(Tenants);
    private readonly Dictionary<string, TenantModel> models = Tenants.ToDictionary(t => t, _ => new TenantModel());
    private readonly List<string> sourceCommits = [];
    private readonly StringBuilder log = new();
    private int counter;

    public ModelWorld()
    {
        sourceCommits.Add(GitTestRepo.Git(world.Source, "rev-parse", "HEAD").Trim());

        // Tenants start with the source merged in, so their edits meet the source's from the first step.
        Assert.All(world.Publish(merge: true).Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
    }

    public int Steps { get; private set; }

    public string Log => log.ToString();

    public void Step(int op)
    {
        Steps++;
        var n = ++counter;
        var random = new Random(op);
        switch (random.Next(10))
        {
            case < 3: SourceEdit(random.Next(1000), n); break;
            case < 6: TenantEdit(Tenants[random.Next(2)], random.Next(1000), n); break;
            default: Publish(random); break;
        }
    }

    public void Dispose() => world.Dispose();

    private void SourceEdit(int pick, int n)
    {
        var what = pick % 10;
        log.Append($"{Steps}: source edit {what}\n");
        switch (what)
        {
            case 0:
            case 1:
                world.EditSource(Endpoints[pick / 8 % Endpoints.Length], j => j["description"] = $"source v{n}");
                break;
            case 2:
            case 7:
                world.EditSource("tables/product.json", j => ((JArray)j["fields"]!).Add(new JObject { ["name"] = $"extra{n}", ["type"] = "text", ["nullable"] = true }));
                break;
            case 3:
                world.EditSource("tables/product.json", j =>
                {
                    var extra = ((JArray)j["fields"]!).LastOrDefault(f => ((string)f["name"]!).StartsWith("extra", StringComparison.Ordinal));
                    extra?.Remove();
                });
                break;
            case 4:
                world.EditManifest(m =>
                {
                    var records = (JObject)m["records"]!;
                    // Schema only, all records, a shorter id list, round and round: records leave and come back.
                    switch (records[SourceCategory])
                    {
                        case null: records[SourceCategory] = "all"; break;
                        case JValue: records[SourceCategory] = new JArray(1, 2); break;
                        default: records.Remove(SourceCategory); break;
                    }
                });
                break;
            case 5:
                world.EditManifest(m =>
                {
                    var apis = (JArray)m["include"]!["apis"]!;
                    m["include"]!["apis"] = apis.Count == 2 ? new JArray("products/*") : new JArray("products/*", "orders/*");
                });
                break;
            case 8:
                // A batch large enough that publish sends it as one pack: added when absent, deleted when present.
                var bulk = Path.Combine(world.Source, "functions", "billing", "bulk");
                if (Directory.Exists(bulk))
                {
                    Directory.Delete(bulk, recursive: true);
                    break;
                }

                Directory.CreateDirectory(bulk);
                for (var i = 0; i < 70; i++)
                {
                    world.EditSource($"functions/billing/bulk/f{i:D2}.json", null, _ => XanoLink.Json.CanonicalJson.ToText(new JObject
                    {
                        ["guid"] = $"fn-bulk-{i:D2}",
                        ["name"] = $"billing/bulk/f{i:D2}",
                        ["description"] = $"bulk v{n}",
                        ["steps"] = new JArray(),
                        ["response"] = i,
                    }));
                }

                break;
            case 9:
                RenameCategory();
                break;
            default:
                world.EditSource($"tables/{SourceCategory}.records.jsonl", null, text => string.Concat(text.Split('\n').Where(l => l.Length > 0).Select(l =>
                {
                    var r = JObject.Parse(l);
                    r["name"] = (string)r["id"]! == "2" ? $"Tea v{n}" : r["name"];
                    return r.ToString(Newtonsoft.Json.Formatting.None) + "\n";
                })));
                break;
        }

        sourceCommits.Add(world.CommitSource($"Source edit {n}"));
    }

    /// <summary>The category table's name in the source now: renamed back and forth by <see cref="RenameCategory"/>.</summary>
    private string SourceCategory => File.Exists(Path.Combine(world.Source, "tables", "kind.json")) ? "kind" : "category";

    // A table rename (same guid), with its records file, the reference to it and the manifest's entries: tenant records
    // of the table must follow it.
    private void RenameCategory()
    {
        var from = SourceCategory;
        world.RenameCategoryTable(from, from == "category" ? "kind" : "category");
    }

    private void TenantEdit(string tenant, int pick, int n)
    {
        var model = models[tenant];
        using var repo = new Repository(world.TenantPath(tenant));
        var live = Live(repo);
        var tip = repo.Branches[live].Tip;
        var files = new Dictionary<string, string?>();
        var what = pick % 6;
        log.Append($"{Steps}: tenant {tenant} edit {what} on {live}\n");
        switch (what)
        {
            case 0:
            case 5:
                var path = Endpoints[pick / 6 % Endpoints.Length];
                if (tip[path]?.Target is Blob blob)
                {
                    var json = JObject.Parse(blob.GetContentText());
                    json["description"] = $"{tenant}'s words {n}";
                    files[path] = CanonicalJson.ToText(json);
                    model.Customized.Add(path);
                }

                break;
            case 1:
                var own = $"functions/{tenant}_own_{n}.json";
                files[own] = CanonicalJson.ToText(JObject.Parse($$"""{ "guid": "own-{{tenant}}-{{n}}", "name": "{{tenant}}_own_{{n}}", "steps": [] }"""));
                model.Objects[own] = files[own]!;
                break;
            case 2:
            case 4:
                var table = what == 2 ? (tip["tables/kind.json"] is null ? "category" : "kind") : "product";
                if (tip[$"tables/{table}.json"]?.Target is Blob tableBlob)
                {
                    var record = new JObject { ["id"] = 1000 + n, ["name"] = $"{tenant} {n}" };
                    var extra = ((JArray)JObject.Parse(tableBlob.GetContentText())["fields"]!).Select(f => (string)f["name"]!).LastOrDefault(f => f.StartsWith("extra", StringComparison.Ordinal));
                    if (table == "product" && extra is not null)
                    {
                        record[extra] = "tenant value";
                    }

                    var recordsPath = $"tables/{table}.records.jsonl";
                    var existing = (tip[recordsPath]?.Target as Blob)?.GetContentText() ?? "";
                    files[recordsPath] = existing + record.ToString(Newtonsoft.Json.Formatting.None) + "\n";
                    model.Records.Add((table, 1000 + n));
                }

                break;
            case 3:
                world.AddTenantEntries(tenant, ($"scripts/run{n}.sh", Mode.ExecutableFile, "#!/bin/sh\n"), ($"docs/link{n}", Mode.SymbolicLink, "../README.md"));
                model.Unmanaged.Add($"scripts/run{n}.sh");
                model.Unmanaged.Add($"docs/link{n}");
                Rebase(tenant, live);
                return;
        }

        if (files.Count > 0)
        {
            PublishWorld.Commit(repo, live, $"Tenant edit {n}", files);
        }
    }

    // AddTenantEntries writes on main; when another branch is live, bring the entries there too.
    private void Rebase(string tenant, string live)
    {
        if (live == "main")
        {
            return;
        }

        using var repo = new Repository(world.TenantPath(tenant));
        var main = repo.Branches["main"].Tip;
        var tip = repo.Branches[live].Tip;
        var tree = TreeDefinition.From(tip.Tree);
        foreach (var path in models[tenant].Unmanaged)
        {
            if (main[path] is { } entry)
            {
                tree.Add(path, entry);
            }
        }

        var commit = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, "Tenant files\n", repo.ObjectDatabase.CreateTree(tree), [tip], prettifyMessage: false);
        repo.Refs.UpdateTarget(repo.Refs["refs/heads/" + live], commit.Id);
    }

    private void Publish(Random random)
    {
        var merge = random.Next(4) != 0;
        var setLive = random.Next(6) == 0;
        var policy = random.Next(3) switch { 0 => MergePolicy.Fail, 1 => MergePolicy.Ours, _ => MergePolicy.Theirs };
        var allow = random.Next(4) == 0;
        var from = random.Next(6) == 0 && sourceCommits.Count > 1 ? sourceCommits[random.Next(sourceCommits.Count - 1)] : null;
        var kill = random.Next(3) == 0 ? new[] { FaultPoints.ObjectsWritten, FaultPoints.BranchMoved, FaultPoints.SnapshotRefMoved, FaultPoints.LiveMoved }[random.Next(4)] : null;
        var tenant = Tenants[random.Next(2)];
        var request = new PublishRequest(world.Source, From: from, Tenants: [tenant], Merge: merge, SetLive: setLive, OnConflict: policy, Parallel: 1, AllowDataLoss: allow);
        log.Append($"{Steps}: publish {tenant} merge={merge} setLive={setLive} policy={policy} allow={allow} from={from?[..7]} kill={kill}\n");

        var refsBefore = PublishWorld.Refs(world.TenantPath(tenant));
        var plan = Publisher.Run(request with { DryRun = true }).Tenants.Single();
        Assert.Equal(refsBefore, PublishWorld.Refs(world.TenantPath(tenant)));

        TenantOutcome outcome;
        if (kill is not null)
        {
            outcome = KillThenRerun(tenant, request, kill);
        }
        else
        {
            outcome = Publisher.Run(request).Tenants.Single();
        }

        log.Append($"   plan {plan.Status} {plan.Code} -> {outcome.Status} {outcome.Code} {outcome.Error}\n");
        Assert.Equal(Expected(plan.Status), outcome.Status);
        Assert.Equal(plan.Code, outcome.Code);
        if (outcome.Failed)
        {
            Assert.Equal(refsBefore, PublishWorld.Refs(world.TenantPath(tenant)));
        }

        // With --merge, the only loss the model's edits can cause is a dropped extra field that tenant product records
        // hold a value for; anything else reported is a false refusal.
        if (merge)
        {
            Assert.All(plan.DataLoss ?? [], l => Assert.True(l.StartsWith("table:product: field 'extra", StringComparison.Ordinal), $"false data loss: {l}\n{Log}"));
        }

        CheckTenant(tenant, outcome, allow);
        if (outcome.Status == PublishStatus.Published)
        {
            // A rerun converges: nothing more to do.
            var again = Publisher.Run(request).Tenants.Single();
            Assert.Equal(PublishStatus.UpToDate, again.Status);
        }

        CheckStatusAgreesWithPlan(tenant);
        PublishWorld.Fsck(world.TenantPath(tenant));
    }

    /// <summary>
    /// Stops the publish at <paramref name="point"/> with what a kill -9 leaves (its lock, a git lock file), reruns it, and
    /// checks the tenant ends exactly where an unkilled publish takes it (same live tree).
    /// </summary>
    private TenantOutcome KillThenRerun(string tenant, PublishRequest request, string point)
    {
        var path = world.TenantPath(tenant);
        var backup = path + ".backup";
        CopyDirectory(path, backup);
        FaultPoints.Current = p =>
        {
            if (p == point)
            {
                throw new KilledException(p);
            }
        };
        var killed = false;
        try
        {
            Publisher.Run(request);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is KilledException))
        {
            killed = true;
        }
        finally
        {
            FaultPoints.Current = null;
        }

        if (killed)
        {
            File.WriteAllText(Path.Combine(path, PublishLock.FileName), $"pid 2147483646\nhost {Environment.MachineName}\nsince {DateTimeOffset.UtcNow.AddMinutes(-1):yyyy-MM-ddTHH:mm:sszzz}\n");
            var gitLock = Path.Combine(path, "refs", "heads", "main.lock");
            File.WriteAllText(gitLock, "0000000000000000000000000000000000000000\n");
            File.SetLastWriteTimeUtc(gitLock, DateTime.UtcNow.AddSeconds(-5));
        }

        var rerun = Publisher.Run(request).Tenants.Single();
        var afterKill = LiveTree(tenant);
        Directory.Delete(path, recursive: true);
        Directory.Move(backup, path);
        var clean = Publisher.Run(request).Tenants.Single();
        log.Append($"   killed={killed} rerun {rerun.Status} {rerun.Code}; clean {clean.Status} {clean.Code}\n");
        if (clean.Status == PublishStatus.Published)
        {
            Assert.Contains(rerun.Status, new[] { PublishStatus.Published, PublishStatus.UpToDate });
        }
        else
        {
            Assert.Equal(clean.Status, rerun.Status);
        }

        Assert.Equal(LiveTree(tenant), afterKill);
        return clean;
    }

    /// <summary>Nothing the tenant owns is gone unless the loss was allowed; the source's objects arrived unless customized.</summary>
    private void CheckTenant(string tenant, TenantOutcome outcome, bool allowed)
    {
        var model = models[tenant];
        using var repo = new Repository(world.TenantPath(tenant));
        var live = repo.Branches[Live(repo)].Tip;
        var lossApplied = allowed && outcome.Status == PublishStatus.Published && outcome.DataLoss is { Count: > 0 };
        foreach (var (path, text) in model.Objects.ToArray())
        {
            var present = (live[path]?.Target as Blob)?.GetContentText();
            if (lossApplied && present is null)
            {
                model.Objects.Remove(path);
                continue;
            }

            Assert.Equal(text, present);
        }

        foreach (var (table, id) in model.Records.ToArray())
        {
            // The category table may have been renamed since (to kind and back): its records follow it.
            var names = table == "product" ? new[] { table } : ["category", "kind"];
            var records = string.Concat(names.Select(t => (live[$"tables/{t}.records.jsonl"]?.Target as Blob)?.GetContentText() ?? ""));
            var has = records.Split('\n').Where(l => l.Length > 0).Any(l => (int?)JObject.Parse(l)["id"] == id);
            if (lossApplied && !has)
            {
                model.Records.Remove((table, id));
                continue;
            }

            Assert.True(has, $"tenant {tenant} lost its record {id} of {table}\n{Log}");
        }

        foreach (var path in model.Unmanaged.ToArray())
        {
            var entry = live[path];
            if (lossApplied && entry is null)
            {
                model.Unmanaged.Remove(path);
                continue;
            }

            Assert.NotNull(entry);
            Assert.Equal(path.StartsWith("scripts/", StringComparison.Ordinal) ? Mode.ExecutableFile : Mode.SymbolicLink, entry.Mode);
        }

        if (outcome.Status == PublishStatus.Published && (outcome.Merged || outcome.Live == outcome.Branch) && repo.Lookup<Commit>(outcome.Commit!) is { } snapshot)
        {
            foreach (var file in new GitFileSource(repo, snapshot).Files().Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal) && f.Path != "workspace.json"))
            {
                if (model.Customized.Contains(file.Path) || (outcome.Settled?.Count ?? 0) > 0)
                {
                    continue;
                }

                Assert.True(live[file.Path]?.Target.Sha == file.BlobId, $"{file.Path} in {tenant}'s live branch is not the source's\n{Log}");
            }

            // Every record sent arrives as sent: the tenant's own records have ids of their own and it never edits the source's.
            foreach (var file in new GitFileSource(repo, snapshot).Files().Where(f => f.Path.EndsWith(".records.jsonl", StringComparison.Ordinal)))
            {
                if ((outcome.Settled?.Count ?? 0) > 0 || (lossApplied && file.Path.StartsWith("tables/product", StringComparison.Ordinal)))
                {
                    continue;
                }

                var held = ((live[file.Path]?.Target as Blob)?.GetContentText() ?? "").Split('\n').ToHashSet(StringComparer.Ordinal);
                foreach (var record in System.Text.Encoding.UTF8.GetString(file.ReadAllBytes()).Split('\n').Where(l => l.Length > 0))
                {
                    Assert.True(held.Contains(record), $"record {record} of {file.Path} did not arrive in {tenant}'s live branch\n{Log}");
                }
            }
        }
    }

    /// <summary>Status says up to date exactly when a plan with the manifest's defaults finds nothing to do.</summary>
    private void CheckStatusAgreesWithPlan(string tenant)
    {
        var source = PublishSource.Open(world.Source);
        var status = TenantStatusReader.Read(source, source.Manifest.FindTenant(tenant)!);
        var plan = Publisher.Run(source, new PublishRequest(world.Source, Tenants: [tenant], DryRun: true)).Tenants.Single();
        Assert.Null(status.Error);
        Assert.Equal(plan.Status == PublishStatus.UpToDate, status.UpToDate);
    }

    private static PublishStatus Expected(PublishStatus plan) => plan == PublishStatus.WouldPublish ? PublishStatus.Published : plan;

    private string LiveTree(string tenant)
    {
        using var repo = new Repository(world.TenantPath(tenant));
        return repo.Branches[Live(repo)].Tip.Tree.Sha;
    }

    private static string Live(Repository repo)
    {
        using var workspace = WorkspaceRepository.Open(repo.Info.Path);
        return workspace.GetLive()!;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private sealed class TenantModel
    {
        public HashSet<string> Customized { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Objects { get; } = new(StringComparer.Ordinal);

        public HashSet<(string Table, int Id)> Records { get; } = [];

        public HashSet<string> Unmanaged { get; } = new(StringComparer.Ordinal);
    }
}
