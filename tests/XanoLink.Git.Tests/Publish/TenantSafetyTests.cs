using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;
using XanoLink.Git.Tenants;
using XanoLink.Manifest;

namespace XanoLink.Git.Tests.Publish;

/// <summary>Issue 9: files outside the data model, hostile addresses, kills, older commits, checked-out tenants.</summary>
public sealed class TenantSafetyTests
{
    private const string Endpoint = "apis/products/get.json";
    private const string Submodule = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Submodules_executables_and_links_keep_their_mode_and_content_through_publish_with_merge()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.AddTenantEntries("acme",
            ("scripts/deploy.sh", Mode.ExecutableFile, "#!/bin/sh\necho deploy\n"),
            ("docs/latest", Mode.SymbolicLink, "../README.md"),
            ("tables/shared.json", Mode.SymbolicLink, "../../shared/table.json"),
            ("vendor/lib", Mode.GitLink, Submodule),
            ("README.md", Mode.NonExecutableFile, "Acme's workspace\n"));
        var paths = new[] { "scripts/deploy.sh", "docs/latest", "tables/shared.json", "vendor/lib", "README.md" };
        var before = world.TenantEntries("acme", "main", paths);
        world.EditSource(Endpoint, j => j["description"] = "A change to merge");
        world.CommitSource("Change products/get");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Contains("A change to merge", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
        Assert.Equal(before, world.TenantEntries("acme", "main", paths));
        Assert.Equal(5, before.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Adopt_guids_and_branch_merge_keep_unmanaged_entries_as_they_are()
    {
        using var world = new PublishWorld("acme");
        world.EditTenant("acme", "tables/product.json", j => j["fields"] = new JArray(new JObject { ["name"] = "id", ["type"] = "int" }),
            create: """{ "guid": "tbl-product-acme", "name": "product" }""");
        world.AddTenantEntries("acme", ("scripts/deploy.sh", Mode.ExecutableFile, "#!/bin/sh\n"), ("vendor/lib", Mode.GitLink, Submodule), ("docs/latest", Mode.SymbolicLink, "x"));
        var paths = new[] { "scripts/deploy.sh", "vendor/lib", "docs/latest" };
        var before = world.TenantEntries("acme", "main", paths);
        var source = PublishSource.Open(world.Source);
        using (var tenant = WorkspaceRepository.Open(world.TenantPath("acme")))
        {
            var (_, commit) = GuidAdoption.Run(source.Workspace, tenant, null, dryRun: false);
            Assert.NotNull(commit);
        }

        Assert.Equal(before, world.TenantEntries("acme", "main", paths));

        world.Publish(merge: false);
        var branch = world.Publish(merge: false).Tenants.Single().Branch!;
        using (var tenant = WorkspaceRepository.Open(world.TenantPath("acme")))
        {
            Assert.Equal(BranchMergeStatus.Merged, BranchMerge.Run(tenant, branch).Status);
        }

        Assert.Equal(before, world.TenantEntries("acme", "main", paths));
        Assert.NotNull(world.TenantFile("acme", Endpoint));
    }

    [Fact]
    public void A_file_publish_would_write_over_a_tenant_link_is_a_conflict_and_never_replaced_silently()
    {
        using var world = new PublishWorld("acme");
        world.AddTenantEntries("acme", ("tables/category.json", Mode.SymbolicLink, "../elsewhere.json"));
        var refs = PublishWorld.Refs(world.TenantPath("acme"));

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Conflict, outcome.Status);
        Assert.Contains(outcome.Conflicts!, c => c.Contains("tables/category.json", StringComparison.Ordinal));
        Assert.Equal(refs, PublishWorld.Refs(world.TenantPath("acme")));
    }

    [Theory]
    [InlineData("--upload-pack=touch pwned #://x")]
    [InlineData("ext::sh -c touch% pwned")]
    [InlineData("-oProxyCommand=touch pwned")]
    public void A_tenant_address_that_would_reach_git_as_an_option_or_command_runs_nothing(string address)
    {
        using var world = new PublishWorld("acme");
        var source = PublishSource.Open(world.Source);
        var cwd = Environment.CurrentDirectory;

        var status = TenantStatusReader.Read(source, new TenantEntry("evil", address, default!));
        var plan = Publisher.Run(source, new PublishRequest(world.Source, DryRun: true)).Tenants;

        // And with the address in the manifest, published to: refused before git ever sees it (by validate, or by the tenant's check).
        world.EditManifest(m => ((JArray)m["tenants"]!).Add(new JObject { ["name"] = "evil", ["repository"] = address }));
        world.CommitSource("A hostile tenant");
        try
        {
            var evil = world.Publish(merge: true).Tenants.Single(t => t.Name == "evil");
            Assert.Equal("XL4017", evil.Code);
        }
        catch (PublishException ex)
        {
            Assert.Equal("XL4001", ex.Code);
        }

        Assert.Equal("XL4017", status.Code);
        Assert.False(File.Exists(Path.Combine(cwd, "pwned")));
        Assert.False(File.Exists(Path.Combine(world.Source, "pwned")));
        Assert.Empty(Directory.EnumerateFiles(world.Root, "pwned", SearchOption.AllDirectories));
        Assert.All(plan, t => Assert.NotEqual(PublishStatus.Failed, t.Status));
        Assert.Equal("XL4017", TenantAddress.Problem(address) is null ? null : "XL4017");
    }

    [Fact]
    public void A_publish_killed_after_the_snapshot_ref_moved_but_before_live_is_completed_by_a_newer_publish_without_conflicts()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditSource(Endpoint, j => j["description"] = "second");
        world.CommitSource("Second");

        // The state a kill leaves after step (2): the new snapshot on its branch and the ref, live not yet moved.
        world.Publish(merge: false);
        world.EditSource(Endpoint, j => j["description"] = "third");
        world.CommitSource("Third");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Empty(outcome.Conflicts ?? []);
        Assert.Contains("third", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_ref_left_behind_live_by_an_older_version_gives_no_false_conflict()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        var first = GitTestRepo.Git(world.TenantPath("acme"), "rev-parse", PublishedSnapshot.RefPrefix + PublishWorld.SourceGuid).Trim();
        world.EditSource(Endpoint, j => j["description"] = "second");
        world.CommitSource("Second");
        world.Publish(merge: true);

        // Killed between moving live and moving the snapshot ref (the order before this fix): live has the second snapshot, the ref the first.
        GitTestRepo.Git(world.TenantPath("acme"), "update-ref", PublishedSnapshot.RefPrefix + PublishWorld.SourceGuid, first);
        world.EditSource(Endpoint, j => j["description"] = "third");
        world.CommitSource("Third");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Empty(outcome.Conflicts ?? []);
        Assert.Contains("third", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
        world.FsckTenants();
    }

    [Fact]
    public void Git_lock_files_left_by_a_killed_publish_are_cleared_and_named()
    {
        using var world = new PublishWorld("acme");
        var tenant = world.TenantPath("acme");
        var since = DateTimeOffset.UtcNow.AddSeconds(-30);
        File.WriteAllText(Path.Combine(tenant, PublishLock.FileName), $"pid 2147483646\nhost {Environment.MachineName}\nsince {since:yyyy-MM-ddTHH:mm:sszzz}\n");
        foreach (var name in new[] { "HEAD.lock", "refs/heads/main.lock" })
        {
            File.WriteAllText(Path.Combine(tenant, name), "0000000000000000000000000000000000000000\n");
            File.SetLastWriteTimeUtc(Path.Combine(tenant, name), DateTime.UtcNow.AddSeconds(-10));
        }

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Contains(outcome.Warnings!, w => w.StartsWith("XL4009", StringComparison.Ordinal) && w.Contains("refs/heads/main.lock", StringComparison.Ordinal) && w.Contains("HEAD.lock", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(tenant, "refs", "heads", "main.lock")));
        world.FsckTenants();
    }

    [Fact]
    public void A_publish_killed_while_clearing_a_dead_publish_lock_leaves_the_next_one_able_to_clear_it()
    {
        using var world = new PublishWorld("acme");
        var tenant = world.TenantPath("acme");
        File.WriteAllText(Path.Combine(tenant, PublishLock.FileName), $"pid 2147483646\nhost {Environment.MachineName}\nsince {DateTimeOffset.UtcNow.AddSeconds(-30):yyyy-MM-ddTHH:mm:sszzz}\n");
        File.WriteAllText(Path.Combine(tenant, "refs", "heads", "main.lock"), "0000000000000000000000000000000000000000\n");
        File.SetLastWriteTimeUtc(Path.Combine(tenant, "refs", "heads", "main.lock"), DateTime.UtcNow.AddSeconds(-10));
        FaultPoints.Current = point =>
        {
            if (point == FaultPoints.StaleLockFound)
            {
                throw new OperationCanceledException("killed at " + point);
            }
        };
        try
        {
            Assert.ThrowsAny<Exception>(() => world.Publish(merge: true));
        }
        finally
        {
            FaultPoints.Current = null;
        }

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, outcome.Code + " " + outcome.Error);
        Assert.False(File.Exists(Path.Combine(tenant, "refs", "heads", "main.lock")));
        Assert.False(File.Exists(Path.Combine(tenant, PublishLock.FileName)));
    }

    [Fact]
    public void A_git_lock_held_without_a_dead_publish_fails_the_tenant_with_a_code_leaves_live_as_it_was_and_a_rerun_completes()
    {
        using var world = new PublishWorld("acme");
        var tenant = world.TenantPath("acme");
        var main = GitTestRepo.Git(tenant, "rev-parse", "main").Trim();
        File.WriteAllText(Path.Combine(tenant, "refs", "heads", "main.lock"), "held\n");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Failed, outcome.Status);
        Assert.Equal("XL3010", outcome.Code);
        Assert.Contains("main.lock", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(main, GitTestRepo.Git(tenant, "rev-parse", "main").Trim());
        File.Delete(Path.Combine(tenant, "refs", "heads", "main.lock"));
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true).Tenants.Single().Status);
        Assert.NotNull(world.TenantFile("acme", Endpoint));
    }

    [Fact]
    public void Publishing_an_older_commit_never_blocks_a_newer_one()
    {
        using var world = new PublishWorld("acme");
        var older = GitTestRepo.Git(world.Source, "rev-parse", "HEAD").Trim();
        world.EditSource(Endpoint, j => j["description"] = "newer");
        var newer = world.CommitSource("Newer");

        Assert.Equal(PublishStatus.Published, world.Publish(merge: true, from: newer).Tenants.Single().Status);
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true, from: older).Tenants.Single().Status);
        var again = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, again.Status);
        Assert.Contains("newer", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
        Assert.EndsWith("-2", again.Branch, StringComparison.Ordinal);
        world.FsckTenants();
    }

    [Fact]
    public void A_late_publish_of_an_older_commit_is_refused_and_the_newer_stays_live()
    {
        using var world = new PublishWorld("acme");
        var early = PublishSource.Read(world.Source, null);
        world.EditSource(Endpoint, j => j["description"] = "newer");
        world.CommitSource("Newer");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true).Tenants.Single().Status);
        var refs = PublishWorld.Refs(world.TenantPath("acme"));

        var late = Publisher.Run(early, new PublishRequest(world.Source, Merge: true)).Tenants.Single();

        Assert.Equal(PublishStatus.Failed, late.Status);
        Assert.Equal("XL4010", late.Code);
        Assert.Equal(refs, PublishWorld.Refs(world.TenantPath("acme")));
        Assert.Contains("newer", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tenant_with_its_live_branch_checked_out_is_refused_and_its_working_tree_untouched()
    {
        using var world = new PublishWorld("acme");
        var clone = Path.Combine(world.Root, "tenants", "acme-work");
        GitTestRepo.Git(world.Root, "clone", "-q", world.TenantPath("acme"), clone);
        world.EditManifest(m => m["tenants"]![0]!["repository"] = "../tenants/acme-work");
        world.CommitSource("Acme works in a clone");
        var refs = PublishWorld.Refs(Path.Combine(clone, ".git"));

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Failed, outcome.Status);
        Assert.Equal("XL4007", outcome.Code);
        Assert.Equal(refs, PublishWorld.Refs(Path.Combine(clone, ".git")));
        Assert.Equal("", GitTestRepo.Git(clone, "status", "--porcelain"));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("tables")]
    public void A_tenant_whose_repository_is_the_source_itself_is_refused(string repository)
    {
        using var world = new PublishWorld("acme");
        world.EditManifest(m => m["tenants"]![0]!["repository"] = repository);
        world.CommitSource("Point acme at the source");
        var refs = PublishWorld.Refs(Path.Combine(world.Source, ".git"));

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal("XL4006", outcome.Code);
        Assert.Equal(refs, PublishWorld.Refs(Path.Combine(world.Source, ".git")));
    }

    [Fact]
    public void Tenants_whose_names_differ_only_in_punctuation_get_their_own_caches()
    {
        Assert.NotEqual(TenantLocation.CachePath("/g", "shop:acme"), TenantLocation.CachePath("/g", "shop/acme"));
        Assert.NotEqual(TenantLocation.CachePath("/g", "shop:acme"), TenantLocation.CachePath("/g", "shop-acme"));
    }

    [Fact]
    public void A_newline_in_a_name_never_forges_a_trailer()
    {
        using var world = new PublishWorld("acme");
        var source = PublishSource.Read(world.Source, null);
        var message = SnapshotMessage.Compose(source, "link/x", "acme\nXanoLink-Source-Commit: 0000000");

        Assert.Equal(source.Commit, PublishedSnapshot.ParseTrailers(message)[SnapshotMessage.SourceCommit]);
        Assert.DoesNotContain("\nXanoLink-Source-Commit: 0000000", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_ref_that_is_not_a_snapshot_of_the_source_never_deletes_tenant_objects()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", "functions/acme_own.json", null, rawText: """{ "guid": "acme-own", "name": "acme_own", "steps": [] }""" + "\n");
        GitTestRepo.Git(world.TenantPath("acme"), "update-ref", PublishedSnapshot.RefPrefix + PublishWorld.SourceGuid, "main");
        world.EditSource(Endpoint, j => j["description"] = "after the forged ref");
        world.CommitSource("Change");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.NotNull(world.TenantFile("acme", "functions/acme_own.json"));
        Assert.Contains(outcome.Warnings!, w => w.StartsWith("XL4055", StringComparison.Ordinal));
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void A_snapshot_ref_pointing_at_a_blob_is_replaced_instead_of_failing_every_run()
    {
        using var world = new PublishWorld("acme");
        var blob = GitTestRepo.Git(world.TenantPath("acme"), "rev-parse", "main:workspace.json").Trim();
        GitTestRepo.Git(world.TenantPath("acme"), "update-ref", PublishedSnapshot.RefPrefix + PublishWorld.SourceGuid, blob);

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Equal(outcome.Commit, GitTestRepo.Git(world.TenantPath("acme"), "rev-parse", PublishedSnapshot.RefPrefix + PublishWorld.SourceGuid).Trim());
    }

    [Fact]
    public void A_guid_the_tenant_gives_an_object_of_another_kind_is_a_collision_and_nothing_is_overwritten()
    {
        using var world = new PublishWorld("acme");
        world.EditTenant("acme", "functions/product.json", null, rawText: """{ "guid": "tbl-product-7f3a", "name": "product", "description": "acme's", "steps": [] }""" + "\n");
        var refs = PublishWorld.Refs(world.TenantPath("acme"));

        var outcome = world.Publish(merge: true, onConflict: XanoLink.Merge.MergePolicy.Theirs).Tenants.Single();

        Assert.Equal(("XL4011", PublishStatus.Failed), (outcome.Code, outcome.Status));
        Assert.Contains(outcome.Collisions!, c => c.Contains("function:product", StringComparison.Ordinal));
        Assert.Equal(refs, PublishWorld.Refs(world.TenantPath("acme")));
    }

    [Fact]
    public void A_branch_that_takes_the_publish_branch_prefix_fails_with_its_name_not_as_moved_by_someone_else()
    {
        using var world = new PublishWorld("acme");
        GitTestRepo.Git(world.TenantPath("acme"), "branch", "link", "main");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal("XL4013", outcome.Code);
        Assert.Contains("branch 'link'", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_tenant_name_gets_a_cache_folder_of_bounded_length()
    {
        var name = "shop:" + new string('a', 300);

        Assert.True(TenantAddress.CacheFolderName(name).Length <= 130);
        Assert.NotEqual(TenantAddress.CacheFolderName(name), TenantAddress.CacheFolderName(name + "b"));
    }

    [Fact]
    public void Control_characters_of_an_address_are_shown_escaped_never_sent_to_the_terminal()
    {
        using var world = new PublishWorld("acme");
        var status = TenantStatusReader.Read(PublishSource.Open(world.Source), new TenantEntry("evil", "../x\u001b]0;pwned\u0007.git", default!));

        Assert.Equal("XL4017", status.Code);
        Assert.DoesNotContain('\u001b', status.Error!);
        Assert.Contains("\\u001b", status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_url_or_a_link_to_the_source_repository_is_refused_as_the_source_itself()
    {
        using var world = new PublishWorld("acme");
        var link = Path.Combine(world.Root, "link-to-source");
        Directory.CreateSymbolicLink(link, world.Source);
        world.EditManifest(m => m["tenants"] = new JArray(
            new JObject { ["name"] = "byurl", ["repository"] = new Uri(world.Source).AbsoluteUri },
            new JObject { ["name"] = "bylink", ["repository"] = "../link-to-source" }));
        world.CommitSource("Tenants that are the source");
        var refs = PublishWorld.Refs(Path.Combine(world.Source, ".git"));

        var outcomes = world.Publish(merge: true).Tenants;

        Assert.All(outcomes, t => Assert.Equal("XL4006", t.Code));
        Assert.Equal(refs, PublishWorld.Refs(Path.Combine(world.Source, ".git")));
    }

    [Fact]
    public void A_live_record_naming_a_missing_branch_says_how_to_set_the_live_branch()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: false, setLive: true, allowDataLoss: true);
        var live = GitTestRepo.Git(world.TenantPath("acme"), "symbolic-ref", "--short", "HEAD").Trim();
        GitTestRepo.Git(world.TenantPath("acme"), "symbolic-ref", "HEAD", "refs/heads/main");
        GitTestRepo.Git(world.TenantPath("acme"), "branch", "-D", live);

        var outcome = world.Publish(merge: true).Tenants.Single();
        var status = TenantStatusReader.Read(PublishSource.Open(world.Source), world.Manifest().FindTenant("acme")!);

        Assert.Equal("XL4005", outcome.Code);
        Assert.Contains("branch set-live", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("XL4005", status.Code);
    }

    [Fact]
    public void A_shallow_tenant_is_refused_rather_than_merged_with_false_conflicts()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditSource(Endpoint, j => j["description"] = "later");
        world.CommitSource("Later");
        world.Publish(merge: true);
        var shallow = Path.Combine(world.Root, "tenants", "shallow.git");
        GitTestRepo.Git(world.Root, "clone", "-q", "--bare", "--depth", "1", "file://" + world.TenantPath("acme"), shallow);
        world.EditManifest(m => m["tenants"]![0]!["repository"] = "../tenants/shallow.git");
        world.EditSource(Endpoint, j => j["description"] = "latest");
        world.CommitSource("Use the shallow clone");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal("XL4024", outcome.Code);
        Assert.Contains("shallow", outcome.Error, StringComparison.Ordinal);
    }
}
