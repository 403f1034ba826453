using System.Globalization;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Benchmarks.ConfigLatency;

/// <summary>A routing file of any size, the same for the same seed: the shipped sample plus generated dialed numbers.</summary>
internal static class ScaleRoutingData
{
    /// <summary><paramref name="sample"/> with <paramref name="count"/> more numbers (+1800 and seven seeded digits), each on one of the sample's languages and queues.</summary>
    public static RoutingData Generate(RoutingData sample, int count, int seed)
    {
        var random = new Random(seed);
        var languages = sample.Languages.Select(l => l.Language).ToArray();
        var queues = sample.DialedNumbers.Select(n => n.Queue).Distinct(StringComparer.Ordinal).ToArray();
        var taken = sample.DialedNumbers.Select(n => n.Number).ToHashSet(StringComparer.Ordinal);
        var numbers = new List<DialedNumber>(count);
        while (numbers.Count < count)
        {
            var number = "+1800" + random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
            if (taken.Add(number))
            {
                numbers.Add(new DialedNumber(number, "Line " + numbers.Count.ToString(CultureInfo.InvariantCulture), queues[random.Next(queues.Length)], languages[random.Next(languages.Length)]));
            }
        }

        return sample with { DialedNumbers = [.. sample.DialedNumbers, .. numbers] };
    }
}
