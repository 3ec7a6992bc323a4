package resolvers

// gqlgen reads gqlgen.yml and schema/ from the repository root.
//go:generate go -C .. run github.com/99designs/gqlgen generate --config gqlgen.yml
