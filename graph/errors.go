package graph

import (
	"errors"
	"fmt"
)

// Error codes, shared by the store, the loader and the API. The API turns
// them into GraphQL extensions.code values.
const (
	ENOTFOUND        = "NOT_FOUND"
	EINVALID         = "BAD_USER_INPUT"
	EUNAVAILABLE     = "UNAVAILABLE"
	ETIMEOUT         = "TIMEOUT"
	EINTERNAL        = "INTERNAL"
	EUNAUTHENTICATED = "UNAUTHENTICATED"
)

// Error is an application error: a code, a message safe to show to users,
// and an optional cause that is logged but never shown.
type Error struct {
	Code    string
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err, EINTERNAL for errors without one, and
// "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the message of err that is safe to show to users.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
