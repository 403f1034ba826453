using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Checks <see cref="CustomerDataExpectation"/> against what the call wrote (<see cref="CallResult.WrittenProfiles"/>,
/// <see cref="CallResult.WrittenCases"/>): the same number of records, in order, each with the listed field values.</summary>
internal static class CustomerDataChecker
{
    public static void Check(CustomerDataExpectation? expect, CallResult result, ImmutableArray<ExpectationFailure>.Builder failures)
    {
        if (expect is null) return;
        if (!expect.Profiles.IsDefault)
        {
            Compare("profiles", expect.Profiles, [.. result.WrittenProfiles.Select(p => (p.ProfileId, Get: (Func<string, string?>)(k => p.Get(k))))], failures);
        }

        if (!expect.Cases.IsDefault)
        {
            Compare("cases", expect.Cases, [.. result.WrittenCases.Select(k => (k.CaseId, Get: (Func<string, string?>)(f => f switch
            {
                "caseId" => k.CaseId,
                "templateId" => k.TemplateId,
                _ => k.Get(f),
            })))], failures);
        }
    }

    private static void Compare(string key, ImmutableArray<ImmutableDictionary<string, string>> expected, List<(string Id, Func<string, string?> Get)> written,
        ImmutableArray<ExpectationFailure>.Builder failures)
    {
        for (var i = 0; i < Math.Max(expected.Length, written.Count); i++)
        {
            if (i >= written.Count)
            {
                failures.Add(new($"{key}[{i}]", CustomerRecordEvent.Describe(expected[i]), $"(nothing: the call wrote {written.Count})"));
                continue;
            }

            if (i >= expected.Length)
            {
                failures.Add(new($"{key}[{i}]", "(nothing)", $"{written[i].Id} was written too"));
                continue;
            }

            foreach (var (field, value) in expected[i].OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var actual = written[i].Get(field);
                if (actual != value) failures.Add(new($"{key}[{i}].{field}", $"\"{value}\"", actual is null ? $"(not set on {written[i].Id})" : $"\"{actual}\""));
            }
        }
    }
}
