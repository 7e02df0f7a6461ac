using HealLink.Core.Languages;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.Property(p => p.Language)
            .HasConversion(language => language.Code, code => Language.FromCode(code))
            .HasDefaultValueSql("'en'")
            .ValueGeneratedNever();
        builder.HasMany(p => p.Accounts).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Profile).WithOne().HasForeignKey<Profile>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
